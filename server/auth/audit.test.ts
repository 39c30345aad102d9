// Unit tests for the audit log: secret values never reach the file; rotation by size keeps every kept line readable and exportable.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AuditLog, withoutSecrets } from "./audit";

const dirs: string[] = [];
const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-audit-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const entry = (i: number) => ({ user: "alice", role: "operator", action: "service.scale", target: `svc${i}`, params: { replicas: i }, result: "ok" as const, status: 200 });

describe("audit log", () => {
  it("drops secret values at any depth", () => {
    expect(withoutSecrets({ name: "s", data: "c2VjcmV0", nested: [{ password: "p" }] })).toEqual({
      name: "s",
      data: "(not logged)",
      nested: [{ password: "(not logged)" }],
    });
  });

  it("appends JSON lines and reads them back", () => {
    const log = new AuditLog(tmp());
    log.append({ user: "alice", role: "operator", action: "create-secret", params: { name: "s", data: "hunter2" }, result: "ok", status: 200 });
    log.append({ user: "bob", role: "admin", action: "remove-node", target: "n1", params: {}, result: "error", status: 409, error: "busy" });
    expect(log.text()).not.toContain("hunter2");
    const [a, b] = log.entries();
    expect(a).toMatchObject({ user: "alice", action: "create-secret", params: { name: "s", data: "(not logged)" }, result: "ok" });
    expect(b).toMatchObject({ user: "bob", target: "n1", result: "error", error: "busy" });
    expect(Date.parse(a.time)).toBeGreaterThan(0);
  });

  it("rotates before passing the size limit, keeps 5 older files, and reads across them oldest first", () => {
    const dir = tmp();
    const log = new AuditLog(dir, { maxBytes: 1024 });
    for (let i = 0; i < 200; i++) log.append(entry(i));
    const names = fs.readdirSync(dir).sort();
    expect(names).toEqual(["audit.1.jsonl", "audit.2.jsonl", "audit.3.jsonl", "audit.4.jsonl", "audit.5.jsonl", "audit.jsonl"]);
    for (const n of names) expect(fs.statSync(path.join(dir, n)).size, n).toBeLessThanOrEqual(1024);
    const targets = log.entries().map((e) => Number(e.target!.slice(3)));
    expect(targets.at(-1)).toBe(199);
    expect(targets.length).toBeLessThan(200); // the oldest were dropped
    expect(targets).toEqual(Array.from({ length: targets.length }, (_, k) => 200 - targets.length + k)); // contiguous, in order
    expect(
      log
        .text()
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).target),
    ).toEqual(targets.map((t) => `svc${t}`));
    expect(log.files().map((f) => path.basename(f))).toEqual(["audit.5.jsonl", "audit.4.jsonl", "audit.3.jsonl", "audit.2.jsonl", "audit.1.jsonl", "audit.jsonl"]);
  });

  it("a new process continues the size count; a line over the limit gets a file of its own; no line is split", () => {
    const dir = tmp();
    new AuditLog(dir, { maxBytes: 1024 }).append(entry(0));
    const lineBytes = fs.statSync(path.join(dir, "audit.jsonl")).size;
    const fit = Math.floor(1024 / lineBytes); // lines that fit in one file
    const log = new AuditLog(dir, { maxBytes: 1024 });
    for (let i = 1; i < fit; i++) log.append(entry(i));
    expect(fs.existsSync(path.join(dir, "audit.1.jsonl"))).toBe(false);
    log.append(entry(fit)); // one more passes 1 KB, counting the line the first process wrote
    expect(fs.existsSync(path.join(dir, "audit.1.jsonl"))).toBe(true);
    expect(fs.readFileSync(path.join(dir, "audit.jsonl"), "utf8").trim().split("\n")).toHaveLength(1);
    log.append({ ...entry(0), target: "big", params: { note: "x".repeat(3000) } });
    log.append({ ...entry(0), target: "last" });
    const targets = log.entries().map((e) => e.target);
    expect(targets).toEqual([...Array.from({ length: fit + 1 }, (_, i) => `svc${i}`), "big", "last"]);
    expect(
      fs
        .readFileSync(path.join(dir, "audit.1.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).target),
    ).toEqual(["big"]); // alone in its file
    for (const f of log.files()) for (const l of fs.readFileSync(f, "utf8").trim().split("\n")) expect(() => JSON.parse(l)).not.toThrow();
  });

  it("a line torn by a crash is skipped and the next one stays whole", () => {
    const dir = tmp();
    new AuditLog(dir).append(entry(0));
    fs.appendFileSync(path.join(dir, "audit.jsonl"), '{"time":"2026-01-01T00:00:00Z","us');
    const log = new AuditLog(dir);
    log.append(entry(1));
    expect(log.entries().map((e) => e.target)).toEqual(["svc0", "svc1"]);
  });

  it("an export's open files still read what was kept when a rotation happens during it", () => {
    const dir = tmp();
    const log = new AuditLog(dir, { maxBytes: 1024, keep: 1 });
    for (let i = 0; i < 8; i++) log.append(entry(i));
    const fds = log.openFiles();
    const before = log.text();
    for (let i = 8; i < 40; i++) log.append(entry(i)); // rotates several times: the files opened above are renamed, then deleted
    expect(log.text()).not.toContain('"svc0"');
    const text = fds.map((fd) => fs.readFileSync(fd, "utf8")).join("");
    for (const fd of fds) fs.closeSync(fd);
    expect(text.startsWith(before)).toBe(true); // everything that was kept when the export began, in order
    expect(text).toContain('"svc0"');
  });
});
