// Unit tests for the user and session store (a temporary SQLite file).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SESSION_TTL_MS, UserStore } from "./user-store";

const dirs: string[] = [];
function store(now: () => number = Date.now) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-users-"));
  dirs.push(dir);
  return new UserStore(dir, now);
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("user store", () => {
  it("is configured once a user exists; checks passwords", async () => {
    const s = store();
    expect(s.hasUsers()).toBe(false);
    await s.add("alice", "operator", "long enough");
    expect(s.hasUsers()).toBe(true);
    expect(await s.check("alice", "long enough")).toEqual({ name: "alice", role: "operator" });
    expect(await s.check("alice", "wrong one!")).toBeNull();
    expect(await s.check("bob", "long enough")).toBeNull();
    await expect(s.add("alice", "admin", "long enough")).rejects.toThrow();
    await expect(s.add("x y", "admin", "long enough")).rejects.toThrow(/name/);
    await expect(s.add("carol", "admin", "short")).rejects.toThrow(/8 characters/);
  });
  it("keeps sessions by hashed token until they expire or end", async () => {
    let t = 1_000_000;
    const s = store(() => t);
    await s.add("alice", "viewer", "long enough");
    const { token, expires } = s.createSession("alice");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expires).toBe(t + SESSION_TTL_MS);
    expect(s.session(token)).toEqual({ name: "alice", role: "viewer" });
    expect(s.session(token + "x")).toBeNull();
    t += SESSION_TTL_MS;
    expect(s.session(token)).toBeNull();
    const second = s.createSession("alice").token;
    s.endSession(second);
    expect(s.session(second)).toBeNull();
  });
  it("removes users and their sessions, never the last admin", async () => {
    const s = store();
    await s.add("root", "admin", "long enough");
    await s.add("bob", "viewer", "long enough");
    const { token } = s.createSession("bob");
    expect(s.remove("bob")).toBe(true);
    expect(s.session(token)).toBeNull();
    expect(s.remove("bob")).toBe(false);
    expect(() => s.remove("root")).toThrow(/last admin/);
    await s.add("root2", "admin", "long enough");
    expect(s.remove("root")).toBe(true);
    expect(s.list()).toEqual([{ name: "root2", role: "admin" }]);
  });
  it("changes roles, never demoting the last admin", async () => {
    const s = store();
    await s.add("root", "admin", "long enough");
    await s.add("bob", "viewer", "long enough");
    const { token } = s.createSession("bob");
    expect(s.setRole("bob", "operator")).toBe(true);
    expect(s.session(token)).toEqual({ name: "bob", role: "operator" });
    expect(s.setRole("nobody", "operator")).toBe(false);
    expect(() => s.setRole("bob", "root" as never)).toThrow(/role must be/);
    expect(() => s.setRole("root", "operator")).toThrow(/last admin/);
    expect(s.setRole("root", "admin")).toBe(true);
    expect(s.setRole("bob", "admin")).toBe(true);
    expect(s.setRole("root", "viewer")).toBe(true);
    expect(() => s.setRole("bob", "viewer")).toThrow(/last admin/);
    expect(s.list()).toEqual([
      { name: "bob", role: "admin" },
      { name: "root", role: "viewer" },
    ]);
  });
});
