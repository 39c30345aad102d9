// Unit tests for share links: tokens open viewer sessions until the link expires or is revoked; only hashes are stored.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { UserStore } from "./user-store";
import { Security } from "./security";
import { SHARE_SESSION_MAX_MS } from "./share-links";

const dirs: string[] = [];
function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-share-"));
  dirs.push(dir);
  const clock = { t: Date.parse("2026-11-28T10:00:00Z") };
  const users = new UserStore(dir, () => clock.t);
  return { dir, clock, users, links: users.shareLinks };
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const req = (cookie?: string) => ({ headers: cookie ? { cookie } : {} }) as never;

describe("share links", () => {
  it("a token opens a session that lasts while the link is active; revoking ends it at once", () => {
    const { links, clock, users } = setup();
    const { link, token } = links.create("room 2", "alice", null);
    expect(link).toMatchObject({ label: "room 2", createdBy: "alice", expiresAt: null, revokedAt: null, lastUsedAt: null, state: "active" });
    const opened = links.open(token);
    if ("refused" in opened) throw new Error("refused");
    expect(opened.expires).toBe(clock.t + SHARE_SESSION_MAX_MS);
    expect(links.session(opened.session)).toEqual({ id: link.id, label: "room 2", expiresAt: null });
    expect(links.get(link.id)?.lastUsedAt).toBe("2026-11-28T10:00:00.000Z");
    expect(links.session(token)).toBeNull(); // the link's token is not itself a session
    expect(links.revoke(link.id)).toBe(true);
    expect(links.session(opened.session)).toBeNull();
    expect(links.open(token)).toEqual({ refused: "revoked" });
    expect(links.get(link.id)?.state).toBe("revoked");
    expect(links.revoke("nope")).toBe(false);
    users.close();
  });

  it("an expiring link refuses after its time, and its sessions end with it", () => {
    const { links, clock, users } = setup();
    const { link, token } = links.create("workshop", "alice", 60);
    expect(link.expiresAt).toBe("2026-11-28T11:00:00.000Z");
    const opened = links.open(token);
    if ("refused" in opened) throw new Error("refused");
    expect(opened.expires).toBe(clock.t + 60 * 60_000);
    clock.t += 59 * 60_000;
    expect(links.session(opened.session)?.label).toBe("workshop");
    clock.t += 60_000;
    expect(links.session(opened.session)).toBeNull();
    expect(links.open(token)).toEqual({ refused: "expired" });
    expect(links.list().map((l) => l.state)).toEqual(["expired"]);
    expect(links.open("not-a-token")).toEqual({ refused: "unknown" });
    users.close();
  });

  it("keeps only hashes of tokens and sessions in the database file", () => {
    const { links, users, dir } = setup();
    const { token } = links.create("x", "alice", null);
    const opened = links.open(token);
    if ("refused" in opened) throw new Error("refused");
    users.close();
    const bytes =
      fs.readFileSync(path.join(dir, "users.sqlite")).toString("latin1") +
      (fs.existsSync(path.join(dir, "users.sqlite-wal")) ? fs.readFileSync(path.join(dir, "users.sqlite-wal")).toString("latin1") : "");
    expect(bytes).not.toContain(token);
    expect(bytes).not.toContain(opened.session);
  });

  it("a share session is a viewer, in local mode as well as with users, and never the local admin", async () => {
    const { links, users } = setup();
    const security = new Security(users, null, true);
    const { token } = links.create("screen", "local", null);
    const opened = links.open(token);
    if ("refused" in opened) throw new Error("refused");
    const cookie = `swarmscope_share=${opened.session}`;
    const share = { name: "share:screen", role: "viewer", local: false, share: { id: expect.any(String), label: "screen", expiresAt: null } };
    expect(security.principal(req(cookie))).toEqual(share);
    expect(security.principal(req())).toMatchObject({ name: "local", role: "admin", local: true });
    await users.add("admin", "admin", "long enough");
    expect(security.principal(req(cookie))).toEqual(share);
    expect(security.principal(req())).toBeNull();
    users.close();
  });
});
