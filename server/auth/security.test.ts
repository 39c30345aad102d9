// Unit tests for who is asking (local mode vs sessions) and recording an action in the audit log.
import fs from "node:fs";
import type { IncomingMessage } from "node:http";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AuditLog } from "./audit";
import { LOCAL_ADMIN, Security } from "./security";
import { UserStore } from "./user-store";

const req = (cookie?: string) => ({ headers: cookie ? { cookie } : {} }) as IncomingMessage;

describe("security", () => {
  it("treats everyone as the local admin until a user exists, then needs a session", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-sec-unit-"));
    const users = new UserStore(dir);
    const security = new Security(users, new AuditLog(dir));
    expect(new Security(null, null).principal(req())).toEqual(LOCAL_ADMIN);
    expect(new Security(null, null, false).principal(req())).toBeNull(); // beyond loopback: never local mode
    expect(security.principal(req())).toEqual(LOCAL_ADMIN);
    await users.add("vera", "viewer", "long enough");
    expect(security.principal(req())).toBeNull();
    const { token } = users.createSession("vera");
    expect(security.principal(req(`swarmscope_session=${token}`))).toEqual({ name: "vera", role: "viewer", local: false });
    security.record({ name: "vera", role: "viewer" }, { action: "stack.deploy", target: "web", params: { data: "x" }, ok: false, status: 502, error: "cli failed" });
    expect(security.audit?.entries()).toEqual([
      expect.objectContaining({
        user: "vera",
        role: "viewer",
        action: "stack.deploy",
        target: "web",
        params: { data: "(not logged)" },
        result: "error",
        status: 502,
        error: "cli failed",
      }),
    ]);
    users.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
