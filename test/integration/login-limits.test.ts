// Integration: sign-in limits seen from several client addresses (127.0.0.x) — an attacker elsewhere cannot lock the admin out at their usual address; refused tries are aggregated in the audit log.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../../server/app-server";
import { UserStore } from "../../server/auth/user-store";
import { endpointFromEnv } from "../../server/engine/connection";
import { labDockerHost } from "../support/docker-cli";

const PASSWORD = "lab-password-1";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-limits-"));
let app: AppServer;
let users: UserStore;

/** POST /api/v1/login from a chosen loopback address (Linux answers all of 127.0.0.0/8). */
function login(from: string, username: string, password: string): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ username, password });
    const req = http.request(
      {
        host: "127.0.0.1",
        port: app.port,
        path: "/api/v1/login",
        method: "POST",
        localAddress: from,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"] as string | undefined }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const logins = () => app.security.audit!.entries().filter((e) => e.action === "login");

beforeAll(async () => {
  users = new UserStore(dataDir);
  await users.add("admin1", "admin", PASSWORD);
  await users.add("alice", "viewer", PASSWORD);
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0, users, dataDir });
});

afterAll(async () => {
  await app?.close();
  users?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("sign-in limits across addresses", () => {
  it("attackers on other addresses hold the name back everywhere new, but not at the admin's known address", async () => {
    expect((await login("127.0.0.1", "admin1", PASSWORD)).status).toBe(200); // the admin's usual address
    let tries = 0;
    for (let a = 2; a < 14; a++) {
      for (let i = 0; i < 5; i++) {
        const r = await login(`127.0.0.${a}`, "admin1", `guess-${a}-${i}`);
        if (r.status === 429) break;
        expect(r.status).toBe(401);
        tries++;
      }
      // Each attacking address is held back for the name after 5 tries.
      expect((await login(`127.0.0.${a}`, "admin1", PASSWORD)).status).toBe(429);
    }
    expect(tries).toBe(50); // the softer per-user limit: 50 across addresses
    const fresh = await login("127.0.0.99", "admin1", PASSWORD);
    expect(fresh.status).toBe(429);
    expect(Number(fresh.retryAfter)).toBeGreaterThan(800); // ~15 minutes
    expect((await login("127.0.0.1", "admin1", PASSWORD)).status).toBe(200); // known address: still in
    expect((await login("127.0.0.2", "alice", PASSWORD)).status).toBe(200); // an attacking address may still sign in other names
  });

  it("one address guessing many names is held back after 20; other addresses are not", async () => {
    for (let i = 0; i < 20; i++) expect((await login("127.0.0.50", `nobody-${i}`, "x")).status).toBe(401);
    expect((await login("127.0.0.50", "alice", PASSWORD)).status).toBe(429);
    expect((await login("127.0.0.51", "alice", PASSWORD)).status).toBe(200);
  });

  it("a flood of limited tries adds a bounded number of audit lines, and the count is kept", async () => {
    const before = logins().length;
    for (let i = 0; i < 200; i++) expect((await login("127.0.0.50", `flood-${i}`, "x")).status).toBe(429);
    expect(logins().length).toBe(before); // this address's block was already recorded: the 200 are only counted
    expect((await login("127.0.0.51", "alice", PASSWORD)).status).toBe(200);
    const after = logins().slice(before);
    expect(after).toContainEqual(expect.objectContaining({ status: 429, params: expect.objectContaining({ address: "127.0.0.50", limit: "addr", refused: 200 }) }));
    expect(after.length).toBeLessThanOrEqual(2 + 13); // the summaries (one per block still counting) and alice's sign-in
    expect(JSON.stringify(app.security.audit!.entries())).not.toContain("guess-");
  });
});
