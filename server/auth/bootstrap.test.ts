// Unit tests for the first admin: from SWARMSCOPE_ADMIN_PASSWORD or a secret file (SWARMSCOPE_ADMIN_PASSWORD_FILE), only while no user exists.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { adminPasswordFromEnv, ensureFirstAdmin } from "./bootstrap";
import { UserStore } from "./user-store";

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-bootstrap-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("adminPasswordFromEnv", () => {
  it("reads the variable, or nothing when neither is set", () => {
    expect(adminPasswordFromEnv({ SWARMSCOPE_ADMIN_PASSWORD: "s3cret pass" })).toBe("s3cret pass");
    expect(adminPasswordFromEnv({})).toBeNull();
    expect(adminPasswordFromEnv({ SWARMSCOPE_ADMIN_PASSWORD: "", SWARMSCOPE_ADMIN_PASSWORD_FILE: " " })).toBeNull();
  });
  it("reads the secret file without the one trailing newline echo leaves, keeping other whitespace", () => {
    const file = path.join(tempDir(), "pw");
    fs.writeFileSync(file, "  spaced secret \n");
    expect(adminPasswordFromEnv({ SWARMSCOPE_ADMIN_PASSWORD_FILE: file })).toBe("  spaced secret ");
    fs.writeFileSync(file, "crlf secret\r\n");
    expect(adminPasswordFromEnv({ SWARMSCOPE_ADMIN_PASSWORD_FILE: file })).toBe("crlf secret");
    fs.writeFileSync(file, "no newline");
    expect(adminPasswordFromEnv({ SWARMSCOPE_ADMIN_PASSWORD_FILE: file })).toBe("no newline");
  });
  it("refuses a missing or empty file and both settings at once, naming the variable", () => {
    const dir = tempDir();
    expect(() => adminPasswordFromEnv({ SWARMSCOPE_ADMIN_PASSWORD_FILE: path.join(dir, "absent") })).toThrow(/SWARMSCOPE_ADMIN_PASSWORD_FILE ".*absent" cannot be read: .*ENOENT/);
    fs.writeFileSync(path.join(dir, "empty"), "\n");
    expect(() => adminPasswordFromEnv({ SWARMSCOPE_ADMIN_PASSWORD_FILE: path.join(dir, "empty") })).toThrow(/SWARMSCOPE_ADMIN_PASSWORD_FILE .* is empty/);
    expect(() => adminPasswordFromEnv({ SWARMSCOPE_ADMIN_PASSWORD: "a password", SWARMSCOPE_ADMIN_PASSWORD_FILE: "/run/secrets/x" })).toThrow(/not both/);
  });
});

describe("ensureFirstAdmin", () => {
  it("creates the admin from the secret file once, and never again once a user exists", async () => {
    const dir = tempDir();
    const file = path.join(dir, "pw");
    fs.writeFileSync(file, "from the secret\n");
    const store = new UserStore(dir);
    expect(await ensureFirstAdmin(store, { SWARMSCOPE_ADMIN_PASSWORD_FILE: file, SWARMSCOPE_ADMIN_USER: "root-admin" })).toBe("root-admin");
    expect(await store.check("root-admin", "from the secret")).toEqual({ name: "root-admin", role: "admin" });
    fs.writeFileSync(file, "another one\n");
    expect(await ensureFirstAdmin(store, { SWARMSCOPE_ADMIN_PASSWORD_FILE: file })).toBeNull();
    expect(await store.check("admin", "another one")).toBeNull();
  });
});
