// Integration: the admin's swarm operations on the lab — autolock on/off and rotating join tokens and the unlock key — checked with the docker CLI.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../../server/app-server";
import { endpointFromEnv } from "../../server/engine/connection";
import { docker, labDockerHost } from "../support/docker-cli";

let app: AppServer;

async function post(path: string, body: unknown) {
  const res = await fetch(`http://127.0.0.1:${app.port}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
async function get(path: string) {
  return (await (await fetch(`http://127.0.0.1:${app.port}${path}`)).json()) as Record<string, unknown>;
}
/** The swarm's spec as the docker CLI reports it. */
async function spec() {
  return JSON.parse(await docker("info", "--format", "{{json .Swarm.Cluster.Spec}}")) as Record<string, unknown> & {
    EncryptionConfig: { AutoLockManagers: boolean };
  };
}
const cli = async (...args: string[]) => (await docker(...args)).trim();

beforeAll(async () => {
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0 });
});

afterAll(async () => {
  // Never leave the shared lab locked: a restarted manager would wait for its key.
  await docker("swarm", "update", "--autolock=false").catch(() => undefined);
  await app?.close();
});

describe("autolock and rotation (admin)", () => {
  it("turns autolock on and off like docker swarm update, keeping the rest of the spec; the unlock key matches the CLI's and rotates", async () => {
    const before = await spec();
    expect(before.EncryptionConfig.AutoLockManagers).toBe(false);
    try {
      const on = await post("/api/v1/swarm/autolock", { autolock: true });
      expect(on.status).toBe(200);
      expect(on.body).toMatchObject({ ok: true, cli: "docker swarm update --autolock=true", done: ["turned autolock on"] });
      const locked = await spec();
      expect(locked.EncryptionConfig.AutoLockManagers).toBe(true);
      expect({ ...locked, EncryptionConfig: null }).toEqual({ ...before, EncryptionConfig: null });
      const key = await cli("swarm", "unlock-key", "-q");
      expect(key).toMatch(/^SWMKEY-1-/);
      expect(JSON.stringify(on.body)).not.toContain(key);
      expect((await get("/api/v1/swarm/unlock-key")).unlockKey).toBe(key);

      const rotated = await post("/api/v1/swarm/rotate", { what: "unlock-key" });
      expect(rotated.status).toBe(200);
      expect(rotated.body.cli).toBe("docker swarm unlock-key --rotate -q");
      const newKey = await cli("swarm", "unlock-key", "-q");
      expect(newKey).not.toBe(key);
      expect(JSON.stringify(rotated.body)).not.toContain(newKey);
      expect((await get("/api/v1/swarm/unlock-key")).unlockKey).toBe(newKey);
      expect((await post("/api/v1/swarm/autolock", { autolock: true })).body).toMatchObject({ ok: true, message: "autolock was already on", done: [] });
    } finally {
      const off = await post("/api/v1/swarm/autolock", { autolock: false });
      expect(off.status).toBe(200);
    }
    expect((await spec()).EncryptionConfig.AutoLockManagers).toBe(false);
    expect(await cli("swarm", "unlock-key", "-q").catch((e: Error) => e.message)).not.toMatch(/^SWMKEY/);
    const refused = await post("/api/v1/swarm/rotate", { what: "unlock-key" });
    expect(refused.status).toBe(400);
    expect(refused.body.field).toBe("what");
  });

  it("rotates the worker join token: the CLI sees a new one, the manager token is unchanged, and the answer carries neither", async () => {
    const worker = await cli("swarm", "join-token", "-q", "worker");
    const manager = await cli("swarm", "join-token", "-q", "manager");
    const r = await post("/api/v1/swarm/rotate", { what: "worker-token" });
    expect(r.status).toBe(200);
    expect(r.body.cli).toBe("docker swarm join-token --rotate -q worker");
    const worker2 = await cli("swarm", "join-token", "-q", "worker");
    expect(worker2).not.toBe(worker);
    expect(await cli("swarm", "join-token", "-q", "manager")).toBe(manager);
    expect(JSON.stringify(r.body)).not.toContain(worker2);
    expect((await get("/api/v1/swarm/join-tokens")).worker).toBe(worker2);
  });

  it("refuses bad input naming the field and changes nothing", async () => {
    const before = await spec();
    for (const [path, body, field] of [
      ["/api/v1/swarm/autolock", { autolock: "yes" }, "autolock"],
      ["/api/v1/swarm/autolock", {}, "autolock"],
      ["/api/v1/swarm/autolock", { autolock: true, key: "x" }, "key"],
      ["/api/v1/swarm/rotate", { what: "everything" }, "what"],
    ] as const) {
      const r = await post(path, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.field, JSON.stringify(body)).toBe(field);
    }
    expect(await spec()).toEqual(before);
  });
});
