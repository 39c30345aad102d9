// Integration on the lab swarm: env and label values never reach the audit log (names only), across rotated audit files, and the export holds every kept line.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startAppServer, type AppServer } from "../../server/app-server";
import { UserStore } from "../../server/auth/user-store";
import { endpointFromEnv } from "../../server/engine/connection";
import { docker, LAB_IMAGE, labDockerHost, uniqueName } from "../support/docker-cli";

const WAIT = { timeout: 60_000, interval: 250 };
const PASSWORD = "lab-password-1";
const svc = uniqueName("sv");
const net = uniqueName("svnet");
const DB_VALUE = `s3cret-${process.pid}`;
const TOKEN_VALUE = `tok-${process.pid}-value`;
const LABEL_VALUE = `labelval-${process.pid}`;
const URL_PASSWORD = `urlpw${process.pid}`;
const FLAG_VALUE = `flagval-${process.pid}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-sv-"));
let app: AppServer;
let users: UserStore;
const cookies: Record<string, string> = {};

async function call(method: string, url: string, opts: { cookie?: string; body?: unknown } = {}) {
  const res = await fetch(`http://127.0.0.1:${app.port}${url}`, {
    method,
    headers: { "content-type": "application/json", ...(opts.cookie ? { cookie: opts.cookie } : {}) },
    body: method === "GET" ? undefined : JSON.stringify(opts.body ?? {}),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** Every audit file on disk, oldest first (audit.5.jsonl … audit.jsonl). */
function auditFiles(): string[] {
  const rotated = fs
    .readdirSync(dataDir)
    .map((n) => /^audit\.(\d+)\.jsonl$/.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(b[1]) - Number(a[1]))
    .map((m) => m[0]);
  return [...rotated, "audit.jsonl"].map((n) => path.join(dataDir, n));
}

beforeAll(async () => {
  users = new UserStore(dataDir);
  await users.add("admin1", "admin", PASSWORD);
  await users.add("viewer1", "viewer", PASSWORD);
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0, users, dataDir, auditMaxBytes: 2048 });
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
  for (const name of ["admin1", "viewer1"]) {
    const res = await fetch(`http://127.0.0.1:${app.port}/api/v1/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: name, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    cookies[name] = (res.headers.get("set-cookie") ?? "").split(";")[0];
  }
});

afterAll(async () => {
  await docker("service", "rm", svc).catch(() => undefined);
  await docker("network", "rm", net).catch(() => undefined);
  await app?.close();
  users?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("audit: env and labels by name only, across rotated files", () => {
  it("create and update a service and create a network with secret values: the engine has them, the audit log has the names only", async () => {
    const cookie = cookies.admin1;
    const created = await call("POST", "/api/v1/services", {
      cookie,
      body: {
        name: svc,
        image: LAB_IMAGE,
        replicas: 0,
        command: ["sleep"],
        args: ["86400", `--password=${FLAG_VALUE}`, "--token", FLAG_VALUE],
        env: { DB_PASSWORD: DB_VALUE, MODE: "lab", DATABASE_URL: `postgres://app:${URL_PASSWORD}@db:5432/app` },
        labels: { "com.example.owner": LABEL_VALUE },
        stopGracePeriod: 1,
      },
    });
    expect(created.status, created.text).toBe(200);
    const updated = await call("POST", `/api/v1/services/${svc}/update`, { cookie, body: { envAdd: { API_TOKEN: TOKEN_VALUE }, labelAdd: { "com.example.tier": LABEL_VALUE } } });
    expect(updated.status, updated.text).toBe(200);
    const network = await call("POST", "/api/v1/networks", { cookie, body: { name: net, driver: "overlay", labels: { "com.example.owner": LABEL_VALUE } } });
    expect(network.status, network.text).toBe(200);
    // Refused scales fill the log past 2 KB a few times over, so it rotates.
    for (let i = 0; i < 20; i++) expect((await call("POST", `/api/v1/services/${svc}/scale`, { cookie, body: { replicas: `x${i}` } })).status).toBe(400);

    const spec = JSON.parse(await docker("service", "inspect", svc))[0].Spec;
    expect(spec.TaskTemplate.ContainerSpec.Env).toEqual(expect.arrayContaining([`DB_PASSWORD=${DB_VALUE}`, `API_TOKEN=${TOKEN_VALUE}`]));
    expect(spec.Labels).toMatchObject({ "com.example.owner": LABEL_VALUE, "com.example.tier": LABEL_VALUE });

    const files = auditFiles();
    expect(files.length).toBeGreaterThanOrEqual(3); // rotated at least twice
    for (const f of files) expect(fs.statSync(f).size, f).toBeLessThanOrEqual(2048);
    const onDisk = files.map((f) => fs.readFileSync(f, "utf8")).join("");
    expect(onDisk).toContain("DB_PASSWORD");
    expect(onDisk).toContain("API_TOKEN");
    expect(onDisk).toContain("com.example.owner");
    for (const value of [DB_VALUE, TOKEN_VALUE, LABEL_VALUE, URL_PASSWORD, FLAG_VALUE]) expect(onDisk).not.toContain(value);

    const lines = onDisk
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toContainEqual(
      expect.objectContaining({ action: "service.create", params: expect.objectContaining({ env: ["DB_PASSWORD", "MODE", "DATABASE_URL"], labels: ["com.example.owner"] }) }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ action: "service.update", params: expect.objectContaining({ envAdd: ["API_TOKEN"], labelAdd: ["com.example.tier"] }) }));
    expect(lines).toContainEqual(expect.objectContaining({ action: "network.create", params: expect.objectContaining({ labels: ["com.example.owner"] }) }));

    // The export and the JSON view read every kept file, oldest first: the same lines as on disk, nothing lost.
    const jsonl = await call("GET", "/api/v1/audit?format=jsonl", { cookie });
    expect(jsonl.status).toBe(200);
    expect(jsonl.text).toBe(onDisk);
    expect(lines[0]).toMatchObject({ action: "login", user: "admin1" });
    const { entries } = JSON.parse((await call("GET", "/api/v1/audit", { cookie })).text);
    expect(entries).toEqual(lines);
  });

  it("viewers get env values, command and args with their secrets masked; admins get them as they are", async () => {
    const get = async (who: string) => JSON.parse((await call("GET", `/api/v1/services/${svc}`, { cookie: cookies[who] })).text);
    const seen = await get("viewer1");
    const env = Object.fromEntries((seen.spec.env as { name: string; value: string }[]).map((e) => [e.name, e.value]));
    expect(env).toMatchObject({ DB_PASSWORD: "••••••", API_TOKEN: "••••••", MODE: "lab", DATABASE_URL: "postgres://app:••••••@db:5432/app" });
    expect(seen.spec.args).toEqual(["86400", "--password=••••••", "--token", "••••••"]);
    const text = JSON.stringify(seen);
    for (const value of [DB_VALUE, TOKEN_VALUE, URL_PASSWORD, FLAG_VALUE]) expect(text).not.toContain(value);
    const admin = await get("admin1");
    expect(admin.spec.args).toEqual(["86400", `--password=${FLAG_VALUE}`, "--token", FLAG_VALUE]);
    expect(JSON.stringify(admin)).toContain(URL_PASSWORD);
  });
});
