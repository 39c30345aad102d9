// Integration (issue #10): the hostile suite on the lab swarm — each class of hole tried through every door with many payloads.
//
// Classes: (1) values that become Engine API paths (every route with a path parameter, found from ROUTES, and the socket's
// logs:follow) with traversal, double encoding, NUL, unicode, backslashes, overlong values: 400/404 naming the field, never
// 5xx, never a request anywhere else (a listener that must receive nothing), no uncaught exception; (2) DNS rebinding: any
// Host that is not ours is refused for API, pages and the socket handshake; (3) bodies that are malformed, not objects,
// oversize or nested 100k deep: 400 naming body, audited; (4) a gateway on the network or broadcast address; (5) an update
// and a rollback sent at once at the same version: one wins, the other is a 409 — never both 200. Throughout, the engine
// is unchanged per the docker CLI and /api/health keeps answering 200.
import http from "node:http";
import net from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { io } from "socket.io-client";
import { startAppServer, type AppServer } from "../../server/app-server";
import { endpointFromEnv } from "../../server/engine/connection";
import { ROUTES } from "../../server/http/router";
import { SOCKET_PATH } from "../../lib/protocol";
import { opensLink } from "../../lib/share-links";
import { docker, LAB_IMAGE, labDockerHost, uniqueName } from "../support/docker-cli";
import { apiCall } from "../support/http";
import { SHAPES } from "../fixtures/hostile-stacks";

const WAIT = { timeout: 90_000, interval: 300 };
const NODES = ["manager1", "manager2", "manager3", "worker1", "worker2"];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-hostile-"));
const service = uniqueName("hostile");
let app: AppServer;
let trap: net.Server;
let trapPort = 0;
let trapHits = 0;
let serviceId = "";
const uncaught: unknown[] = [];
const onUncaught = (err: unknown) => uncaught.push(err);

const api = (method: string, p: string, body?: unknown) => apiCall(app.port, method, p, body);

/** A raw request (fetch cannot set Host, nor send a path exactly as written). */
function raw(method: string, rawPath: string, opts: { host?: string; body?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: app.port,
        method,
        path: rawPath,
        agent: false,
        headers: {
          host: opts.host ?? `127.0.0.1:${app.port}`,
          "content-type": "application/json",
          ...(opts.body === undefined ? {} : { "content-length": String(Buffer.byteLength(opts.body)) }),
          ...opts.headers,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

/** What an abusive request could change: our service's version and every node's spec. */
async function fingerprint() {
  const [svc, nodes] = await Promise.all([
    docker("service", "inspect", "--format", "{{.Version.Index}}", service),
    docker("node", "inspect", "--format", "{{.Spec.Availability}} {{.Spec.Role}} {{json .Spec.Labels}}", ...NODES),
  ]);
  return { svc: svc.trim(), nodes: nodes.trim() };
}

/** Path-parameter payloads, as they appear in the URL (already percent-encoded where meant). */
const pathPayloads = () => [
  `..%2F..%2F127.0.0.1:${trapPort}%2Fx`,
  `..%2F..%2F..%2F127.0.0.1%3A${trapPort}%2Fx`,
  `..%252F..%252F127.0.0.1:${trapPort}%252Fx`,
  `%2e%2e%2f%2e%2e%2f127.0.0.1:${trapPort}%2fx`,
  `%2F%2F127.0.0.1:${trapPort}%2Fx`,
  `..%5C..%5C127.0.0.1:${trapPort}%5Cx`,
  `127.0.0.1:${trapPort}`,
  `${serviceId}%2F..%2F..%2Fnodes%2Fworker2`,
  "..",
  ".",
  "%2e%2e",
  "web%00",
  "%00",
  "w%C3%A9b",
  "%EF%BD%97%EF%BD%85%EF%BD%82",
  "a%20b",
  "a%0Ab",
  "a%3Fb%3D1",
  "a%23b",
  "%E0%A4%A",
  "-f",
  "x".repeat(300),
];

/** The same payloads decoded, as a socket event carries them. */
const valuePayloads = () => [
  `../../127.0.0.1:${trapPort}/x`,
  `//127.0.0.1:${trapPort}/x`,
  `..\\..\\127.0.0.1:${trapPort}`,
  `${serviceId}/../../nodes/worker2`,
  "..",
  "web\u0000",
  "wéb",
  "%2e%2e",
  "a b",
  "-f",
  "x".repeat(300),
];

beforeAll(async () => {
  process.on("uncaughtException", onUncaught);
  process.on("unhandledRejection", onUncaught);
  trap = net.createServer((s) => {
    trapHits++;
    s.destroy();
  });
  await new Promise<void>((r) => trap.listen(0, "127.0.0.1", r));
  trapPort = (trap.address() as net.AddressInfo).port;
  await docker("service", "create", "--detach", "--no-resolve-image", "--stop-grace-period", "1s", "--name", service, "--replicas", "1", LAB_IMAGE, "sleep", "1d");
  await docker("service", "update", "--detach", "--no-resolve-image", "--image", "lab/busybox:2", service);
  serviceId = (await docker("service", "inspect", "--format", "{{.ID}}", service)).trim();
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0, dataDir });
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
});

afterAll(async () => {
  await docker("service", "rm", service).catch(() => undefined);
  await app?.close();
  await new Promise((r) => trap.close(r));
  process.off("uncaughtException", onUncaught);
  process.off("unhandledRejection", onUncaught);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("values that become Engine API paths", () => {
  const routesWithParams = ROUTES.filter((r) => r.path.includes("/:"));

  it("covers every route that takes a path parameter", () => {
    // If a route is added, it is in this list automatically; a few known ones prove the list is real.
    const paths = routesWithParams.map((r) => `${r.method} ${r.path}`);
    for (const known of ["GET /api/v1/services/:id", "GET /api/v1/nodes/:id", "GET /api/v1/networks/:id", "POST /api/v1/services/:id/scale", "DELETE /api/v1/nodes/:id"]) {
      expect(paths).toContain(known);
    }
    expect(paths.length).toBeGreaterThanOrEqual(20);
  });

  it("every route × every payload: 400/404 naming the problem, no request leaves for another host, engine unchanged, health answering", async () => {
    const before = await fingerprint();
    let healthAnswers = 0;
    let healthFailures = 0;
    let abusing = true;
    const health = (async () => {
      while (abusing) {
        const r = await api("GET", "/api/health");
        if (r.status === 200) healthAnswers++;
        else healthFailures++;
      }
    })();
    const outcomes: string[] = [];
    let cases = 0;
    for (const route of routesWithParams) {
      for (const payload of pathPayloads()) {
        const p = route.path.replace(/:[a-z]+/g, payload);
        const r = await raw(route.method, p, { body: route.method === "GET" ? undefined : "{}" }).catch((e: Error) => ({ status: 0, text: `no answer: ${e.message}` }));
        cases++;
        if (![400, 404, 410].includes(r.status)) outcomes.push(`${route.method} ${p} → ${r.status} ${r.text.slice(0, 200)}`);
        // The link-opening routes (/share/:token, /p/:token) are opened by a browser: they answer in words, not JSON.
        else if (opensLink(route.path) ? r.text.trim() === "" : !/"error"/.test(r.text))
          outcomes.push(`${route.method} ${p} → ${r.status} without ${opensLink(route.path) ? "words" : "a JSON error"}: ${r.text.slice(0, 120)}`);
      }
    }
    abusing = false;
    await health;
    expect(outcomes).toEqual([]);
    expect(cases).toBeGreaterThan(400);
    await new Promise((r) => setTimeout(r, 300));
    expect(trapHits).toBe(0);
    expect(uncaught).toEqual([]);
    expect(healthFailures).toBe(0);
    expect(healthAnswers).toBeGreaterThan(0);
    expect(await fingerprint()).toEqual(before);
  });

  it("an ID-taking route names the field it refused", async () => {
    const r = await raw("GET", `/api/v1/services/..%2F..%2F127.0.0.1:${trapPort}%2Fx`);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)).toMatchObject({ field: "id" });
    const scale = await raw("POST", "/api/v1/services/-f/scale", { body: JSON.stringify({ replicas: 3 }) });
    expect(scale.status).toBe(400);
    expect(JSON.parse(scale.text)).toMatchObject({ ok: false, field: "id" });
  });

  it("logs:follow with every payload: logs:error naming serviceId, nothing sent elsewhere, and a valid follow after them still streams", async () => {
    const socket = io(`http://127.0.0.1:${app.port}`, { path: SOCKET_PATH, transports: ["websocket"], reconnection: false });
    try {
      await new Promise<void>((r) => socket.once("snapshot", () => r()));
      const errors: { serviceId: string; message: string }[] = [];
      socket.on("logs:error", (e: { serviceId: string; message: string }) => errors.push(e));
      for (const serviceIdPayload of valuePayloads()) socket.emit("logs:follow", { serviceId: serviceIdPayload, tail: 10 });
      await vi.waitFor(() => expect(errors).toHaveLength(valuePayloads().length), WAIT);
      for (const e of errors) expect(e.message).toMatch(/^serviceId /);
      // The failing follows must not cancel one sent right after them.
      socket.emit("logs:follow", { serviceId: "no-such-service-here", tail: 10 });
      socket.emit("logs:follow", { serviceId, tail: 10 });
      await new Promise((r) => setTimeout(r, 1500));
      socket.emit("logs:stop");
      expect(errors.filter((e) => e.serviceId === serviceId)).toEqual([]);
      expect(trapHits).toBe(0);
      expect(uncaught).toEqual([]);
    } finally {
      socket.close();
    }
  });
});

describe("DNS rebinding: a Host that is not ours", () => {
  const foreign = () => [`rebind.example:${app.port}`, "rebind.example", `localhost.rebind.example:${app.port}`, `127.0.0.1.nip.io:${app.port}`, "evil.com"];

  it("is refused for reads, actions, join tokens, pages and the socket handshake, with the engine unchanged", async () => {
    const before = await fingerprint();
    const attempts: [string, string, string?][] = [
      ["GET", "/api/v1/cluster"],
      ["GET", "/api/v1/swarm/join-tokens"],
      ["GET", "/api/v1/swarm/unlock-key"],
      ["POST", `/api/v1/services/${serviceId}/scale`, JSON.stringify({ replicas: 3 })],
      ["POST", `/api/v1/nodes/worker2/availability`, JSON.stringify({ availability: "drain" })],
      ["GET", "/"],
      ["GET", "/metrics"],
      ["GET", `${SOCKET_PATH}/?EIO=4&transport=polling`],
    ];
    for (const host of foreign()) {
      for (const [method, p, body] of attempts) {
        const r = await raw(method, p, { host, body, headers: host ? { origin: `http://${host}` } : {} });
        expect(r.status, `${host} ${method} ${p}: ${r.text}`).toBe(403);
        expect(r.text).not.toMatch(/SWMTKN|"worker"|"manager"/);
      }
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("loopback names and addresses are still served", async () => {
    for (const host of [`127.0.0.1:${app.port}`, `localhost:${app.port}`, `[::1]:${app.port}`]) {
      expect((await raw("GET", "/api/v1/cluster", { host })).status, host).toBe(200);
    }
  });
});

describe("bodies: malformed, not objects, oversize, nested deep", () => {
  it("each is a 400 naming body, and each is in the audit log", async () => {
    const before = await fingerprint();
    const deep = `{"replicas":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const bodies = ["{", "[1,2]", '"text"', "null", deep, `{"replicas":"${"x".repeat(1_100_000)}"}`, `{"a":${'{"a":'.repeat(70)}1${"}".repeat(70)}}`];
    for (const body of bodies) {
      const r = await raw("POST", `/api/v1/services/${serviceId}/scale`, { body });
      expect(r.status, body.slice(0, 40)).toBe(400);
      expect(JSON.parse(r.text)).toMatchObject({ ok: false, field: "body" });
    }
    const audit = fs
      .readFileSync(path.join(dataDir, "audit.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const refusals = audit.filter((e) => e.action === "service.scale" && e.status === 400 && e.target === serviceId);
    expect(refusals.length).toBeGreaterThanOrEqual(bodies.length);
    expect(uncaught).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("network addressing", () => {
  it.each([
    ["10.251.77.0/24", "10.251.77.0"],
    ["10.251.77.0/24", "10.251.77.255"],
  ])("subnet %s with gateway %s is a 400 naming gateway, and no network is made", async (subnet, gateway) => {
    const name = uniqueName("hostile-net");
    const r = await api("POST", "/api/v1/networks", { name, driver: "overlay", subnet, gateway });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ field: "gateway" });
    expect(await docker("network", "ls", "--filter", `name=${name}`, "--format", "{{.Name}}")).toBe("");
  });
});

describe("parallel writes", () => {
  it("an update and a rollback sent at once at the version seen: one is applied, the other is a 409 naming version", async () => {
    await vi.waitFor(async () => expect((await docker("service", "inspect", "--format", "{{.UpdateStatus.State}}", service)).trim()).toMatch(/completed|^$/), WAIT);
    const version = Number((await docker("service", "inspect", "--format", "{{.Version.Index}}", service)).trim());
    const [update, rollback] = await Promise.all([
      api("POST", `/api/v1/services/${serviceId}/update`, { labelAdd: { "hostile.race": "update" }, version }),
      api("POST", `/api/v1/services/${serviceId}/rollback`, { version }),
    ]);
    expect([update.status, rollback.status].sort()).toEqual([200, 409]);
    const loser = update.status === 409 ? update : rollback;
    expect(loser.body).toMatchObject({ ok: false, field: "version" });
    expect(loser.body.error).toMatch(new RegExp(`version ${version} → \\d+`));
    const labels = JSON.parse(await docker("service", "inspect", "--format", "{{json .Spec.Labels}}", service));
    // The CLI shows the winner's change and not the loser's.
    if (update.status === 200) expect(labels["hostile.race"]).toBe("update");
    else expect(labels["hostile.race"]).toBeUndefined();
  });

  it("a stale version changes nothing", async () => {
    const before = await fingerprint();
    const r = await api("POST", `/api/v1/services/${serviceId}/redeploy`, { version: 1 });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ ok: false, field: "version" });
    expect(await fingerprint()).toEqual(before);
  });

  it("a scale says what it replaced and who set it", async () => {
    expect((await api("POST", `/api/v1/services/${serviceId}/scale`, { replicas: 2 })).status).toBe(200);
    const r = await api("POST", `/api/v1/services/${serviceId}/scale`, { replicas: 1 });
    expect(r.status).toBe(200);
    expect(r.body.replaced).toMatchObject({ field: "replicas", value: 2, setBy: "local" });
    expect(Date.parse(r.body.replaced.setAt)).not.toBeNaN();
  });
});

describe("class: work superlinear in the request's size (stack validation and deploy)", () => {
  const stackInputOf = (shape: string, bytes: number) => SHAPES.find((s) => s.name === shape)!.make(bytes);

  it("every hostile shape at 240 KB: validate names the problem, deploy answers 400 with nothing deployed, health answers all the while", async () => {
    const before = await docker("stack", "ls", "--format", "{{.Name}}");
    let abusing = true;
    let healthAnswers = 0;
    const health = (async () => {
      while (abusing) {
        if ((await api("GET", "/api/health")).status === 200) healthAnswers++;
      }
    })();
    const answers: string[] = [];
    for (const shape of SHAPES) {
      const body = stackInputOf(shape.name, 240 * 1024);
      const answeredBefore = healthAnswers;
      const v = await api("POST", "/api/v1/stacks/hostile/validate", body);
      expect(v.status, shape.name).toBe(200);
      // Health was answered while this check ran: the check did not hold the event loop.
      answers.push(`${shape.name}: ${healthAnswers - answeredBefore}`);
      if (v.body.ok) continue; // variables and keys are valid files; their cost was the finding
      const d = await api("POST", "/api/v1/stacks/hostile/deploy", body);
      expect(d.status, shape.name).toBe(400);
      expect(d.body).toMatchObject({ ok: false, notDone: ["nothing was deployed"] });
    }
    abusing = false;
    await health;
    for (const a of answers) expect(Number(a.split(": ")[1]), a).toBeGreaterThan(0);
    expect(await docker("stack", "ls", "--format", "{{.Name}}")).toBe(before);
    expect(uncaught).toEqual([]);
  });

  it("a settings alias bomb, 500,000-deep nesting and a 200 MB rendering are 400s naming settings or compose, not 500s", async () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`)].join("\n");
    const cases = [
      { body: { compose: `services:\n  web:\n    image: ${LAB_IMAGE}\n`, settings: bomb }, field: "settings", error: /aliases expand/ },
      { body: { compose: `services: ${"[".repeat(500_000)}` }, field: "compose", error: /nested too deeply/ },
      { body: stackInputOf("amplifying", 60 * 1024), field: "compose", error: /bigger than 1048576 bytes/ },
    ];
    for (const c of cases) {
      const r = await api("POST", "/api/v1/stacks/hostile/deploy", c.body);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ ok: false, field: c.field });
      expect(r.body.error).toMatch(c.error);
      expect(r.text.length).toBeLessThan(100_000);
    }
  });
});
