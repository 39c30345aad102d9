// Unit tests for the audit log: secret values never reach the file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AuditLog, withoutSecrets } from "./audit";

describe("audit log", () => {
  it("drops secret values at any depth", () => {
    expect(withoutSecrets({ name: "s", data: "c2VjcmV0", labels: { a: "1" }, nested: [{ password: "p" }] })).toEqual({
      name: "s",
      data: "(not logged)",
      labels: { a: "1" },
      nested: [{ password: "(not logged)" }],
    });
  });
  it("appends JSON lines and reads them back", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-audit-"));
    const log = new AuditLog(dir);
    log.append({ user: "alice", role: "operator", action: "create-secret", params: { name: "s", data: "hunter2" }, result: "ok", status: 200 });
    log.append({ user: "bob", role: "admin", action: "remove-node", target: "n1", params: {}, result: "error", status: 409, error: "busy" });
    expect(log.text()).not.toContain("hunter2");
    const [a, b] = log.entries();
    expect(a).toMatchObject({ user: "alice", action: "create-secret", params: { name: "s", data: "(not logged)" }, result: "ok" });
    expect(b).toMatchObject({ user: "bob", target: "n1", result: "error", error: "busy" });
    expect(Date.parse(a.time)).toBeGreaterThan(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
