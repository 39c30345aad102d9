// Integration: an API server with users configured on the lab swarm — the role matrix over every route and the socket, CSRF, login limits, audit.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SOCKET_PATH } from "../../lib/protocol";
import type { Snapshot } from "../../lib/model-types";
import type { ClientToServer, LogLineMessage } from "../../lib/protocol";
import { startAppServer, type AppServer } from "../../server/app-server";
import { roleAllows, type Role } from "../../lib/roles";
import { UserStore } from "../../server/auth/user-store";
import { endpointFromEnv } from "../../server/engine/connection";
import { ROUTES } from "../../server/http/router";
import { docker, dockerJsonLines, LAB_IMAGE, labDockerHost, uniqueName } from "../support/docker-cli";

const WAIT = { timeout: 60_000, interval: 250 };
const PASSWORD = "lab-password-1";
const METRICS_TOKEN = `scrape-${process.pid}-0123456789abcdef`;
const svc = uniqueName("sec");
const net = uniqueName("secnet");
const secret = uniqueName("secsecret");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-sec-"));
let app: AppServer;
let users: UserStore;
/** Moves the users database's clock (share links' expiry) without waiting. */
let skewMs = 0;
const cookies: Partial<Record<Role, string>> = {};

type Who = "anonymous" | Role;
const WHO: Who[] = ["anonymous", "viewer", "operator", "admin"];

async function call(method: string, url: string, opts: { cookie?: string; body?: unknown; origin?: string; port?: number } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.origin) headers.origin = opts.origin;
  const res = await fetch(`http://127.0.0.1:${opts.port ?? app.port}${url}`, {
    method,
    headers,
    body: method === "GET" ? undefined : JSON.stringify(opts.body ?? {}),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

async function login(username: string, password: string) {
  const res = await fetch(`http://127.0.0.1:${app.port}/api/v1/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  return { status: res.status, cookie: (res.headers.get("set-cookie") ?? "").split(";")[0], setCookie: res.headers.get("set-cookie") ?? "", res };
}

/**
 * Everything a refused request could have changed, read with the docker CLI: this test's service, network and secret,
 * worker2, and the stack name. Scoped to them because other engineers' tests share the lab swarm.
 */
async function fingerprint() {
  const service = JSON.parse(await docker("service", "inspect", svc))[0];
  const node = JSON.parse(await docker("node", "inspect", "worker2"))[0];
  const networks = (await dockerJsonLines("network", "ls")).map((n) => n.Name);
  const secrets = (await dockerJsonLines("secret", "ls")).map((s) => s.Name);
  const userList = JSON.stringify(users.list());
  const stack = (await dockerJsonLines("service", "ls", "--filter", "label=com.docker.stack.namespace=sec-no-such-stack")).length;
  return {
    service: `${service.Spec.Name}@${service.Version.Index}:${service.Spec.Mode.Replicated?.Replicas}`,
    worker2: `${node.Version.Index}:${node.Spec.Availability}:${node.Spec.Role}:${JSON.stringify(node.Spec.Labels ?? {})}`,
    network: networks.includes(net),
    secret: secrets.includes(secret),
    stack,
    users: userList,
  };
}

/** Real targets for refusals (a refused request must not touch them), harmless ones for allowed requests. */
function fill(route: string, real: boolean): string {
  return route
    .replace(/\/services\/:id/, `/services/${real ? svc : "sec-no-such-service"}`)
    .replace(/\/nodes\/:id/, `/nodes/${real ? "worker2" : "sec-no-such-node"}`)
    .replace(/\/networks\/:id/, `/networks/${real ? net : "sec-no-such-network"}`)
    .replace(/\/secrets\/:id/, `/secrets/${real ? secret : "sec-no-such-secret"}`)
    .replace(/\/configs\/:id/, `/configs/${real ? "sec-no-such-config" : "sec-no-such-config"}`)
    .replace(/\/users\/:name/, `/users/${real ? "viewer1" : "sec-no-such-user"}`)
    .replace(/:name/, "sec-no-such-stack")
    .replace(/:id/, "sec-no-such-id");
}

/** A body that would change the cluster if a refusal let it through. */
function harmfulBody(method: string, url: string): unknown {
  if (url.endsWith("/scale")) return { replicas: 0 };
  if (url.endsWith("/availability")) return { availability: "drain" };
  if (url.endsWith("/role")) return { role: "manager" };
  if (method === "DELETE") return { confirm: decodeURIComponent(url.split("/").pop() ?? "") };
  return {};
}

beforeAll(async () => {
  users = new UserStore(dataDir, () => Date.now() + skewMs);
  for (const role of ["viewer", "operator", "admin"] as const) await users.add(`${role}1`, role, PASSWORD);
  await users.add("limited", "viewer", PASSWORD);
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0, users, dataDir, metricsToken: METRICS_TOKEN });
  await docker("service", "create", "--detach", "--name", svc, "--replicas", "1", "--env", "DB_PASSWORD=hunter2", "--env", "MODE=lab", LAB_IMAGE, "sleep", "86400");
  await docker("network", "create", "--driver", "overlay", net);
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
  for (const role of ["viewer", "operator", "admin"] as const) {
    const r = await login(`${role}1`, PASSWORD);
    expect(r.status).toBe(200);
    expect(r.setCookie).toMatch(/^swarmscope_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    cookies[role] = r.cookie;
  }
});

afterAll(async () => {
  await docker("service", "rm", svc).catch(() => undefined);
  await docker("secret", "rm", secret).catch(() => undefined);
  await docker("node", "update", "--availability", "active", "worker2").catch(() => undefined);
  await docker("node", "demote", "worker2").catch(() => undefined);
  await new Promise((r) => setTimeout(r, 2000));
  await docker("network", "rm", net).catch(() => undefined);
  await app?.close();
  users?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("role matrix: every HTTP route × anonymous / viewer / operator / admin", () => {
  const guarded = ROUTES.filter((r) => r.role !== "public");

  it("covers every registered route", () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(30);
    expect(
      ROUTES.filter((r) => r.role === "public")
        .map((r) => r.path)
        .sort(),
    ).toEqual(["/api/health", "/api/v1/login", "/api/v1/logout", "/api/v1/share/leave", "/p/:token", "/share/:token"]);
  });

  it("refuses (401 anonymous, 403 too-low role) and the engine is unchanged", async () => {
    const before = await fingerprint();
    const refusals: string[] = [];
    for (const route of guarded) {
      for (const who of WHO) {
        if (who !== "anonymous" && roleAllows(who, route.role as Role)) continue;
        const url = fill(route.path, true);
        const r = await call(route.method, url, { cookie: who === "anonymous" ? undefined : cookies[who], body: harmfulBody(route.method, url) });
        expect(r.status, `${who} ${route.method} ${url}`).toBe(who === "anonymous" ? 401 : 403);
        refusals.push(`${who} ${route.method} ${url}`);
      }
    }
    expect(refusals.length).toBeGreaterThan(guarded.length); // every guarded route refused at least anonymous
    await new Promise((r) => setTimeout(r, 1000));
    expect(await fingerprint()).toEqual(before);
  });

  it("lets each role through where it may (2xx for reads; past the check for actions on missing targets)", async () => {
    for (const route of guarded) {
      for (const who of ["viewer", "operator", "admin"] as const) {
        if (!roleAllows(who, route.role as Role)) continue;
        const url = fill(route.path, false);
        const r = await call(route.method, url, { cookie: cookies[who] });
        expect([401, 403], `${who} ${route.method} ${url} → ${r.status} ${r.text.slice(0, 120)}`).not.toContain(r.status);
        if (route.method === "GET" && !route.path.includes(":")) expect(r.status, `${who} GET ${url}`).toBeLessThan(300);
      }
    }
  });

  it("knows who is asking; health needs no session; every answer carries the security headers", async () => {
    const me = await call("GET", "/api/v1/me", { cookie: cookies.operator });
    expect(JSON.parse(me.text)).toEqual({ mode: "auth", user: "operator1", role: "operator" });
    expect((await call("GET", "/api/v1/me")).status).toBe(401);
    const health = await call("GET", "/api/health");
    expect(health.status).toBe(200);
    for (const h of [health.headers, me.headers]) {
      expect(h.get("x-content-type-options")).toBe("nosniff");
      expect(h.get("referrer-policy")).toBe("no-referrer");
      expect(h.get("x-frame-options")).toBe("DENY");
      expect(h.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });

  it("viewers see secret-looking env values masked in the service detail; operators see them", async () => {
    const env = async (role: Role) => JSON.parse((await call("GET", `/api/v1/services/${svc}`, { cookie: cookies[role] })).text).spec.env;
    expect(await env("viewer")).toEqual([
      { name: "DB_PASSWORD", value: "••••••" },
      { name: "MODE", value: "lab" },
    ]);
    expect(await env("operator")).toContainEqual({ name: "DB_PASSWORD", value: "hunter2" });
  });

  it("/metrics takes the scraper's bearer token without a session; the token opens nothing else", async () => {
    const scrape = async (url: string, token?: string) =>
      (await fetch(`http://127.0.0.1:${app.port}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).status;
    expect(await scrape("/metrics")).toBe(401);
    expect(await scrape("/metrics", "wrong-token-0123456789")).toBe(401);
    expect(await scrape("/metrics", METRICS_TOKEN)).toBe(200);
    const text = await (await fetch(`http://127.0.0.1:${app.port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(text).toMatch(/^swarmscope_engine_live 1$/m);
    expect(await scrape("/api/v1/cluster", METRICS_TOKEN)).toBe(401);
    expect(await scrape("/api/v1/me", METRICS_TOKEN)).toBe(401);
  });

  it("a made-up or ended session is anonymous", async () => {
    expect((await call("GET", "/api/v1/cluster", { cookie: "swarmscope_session=made-up" })).status).toBe(401);
    const r = await login("viewer1", PASSWORD);
    expect((await call("GET", "/api/v1/cluster", { cookie: r.cookie })).status).toBe(200);
    expect((await call("POST", "/api/v1/logout", { cookie: r.cookie })).status).toBe(200);
    expect((await call("GET", "/api/v1/cluster", { cookie: r.cookie })).status).toBe(401);
  });
});

describe("users (admin)", () => {
  it("adds and removes a user (audited without the password), never the last admin", async () => {
    const add = await call("POST", "/api/v1/users", { cookie: cookies.admin, body: { name: "newbie", role: "viewer", password: "newbie-password" } });
    expect(add.status).toBe(200);
    const session = await login("newbie", "newbie-password");
    expect(session.status).toBe(200);
    expect((await call("POST", "/api/v1/users", { cookie: cookies.admin, body: { name: "newbie", role: "viewer", password: "newbie-password" } })).status).toBe(409);
    const list = JSON.parse((await call("GET", "/api/v1/users", { cookie: cookies.admin })).text).users;
    expect(list).toContainEqual({ name: "newbie", role: "viewer" });
    expect((await call("DELETE", "/api/v1/users/newbie", { cookie: cookies.admin })).status).toBe(200);
    expect((await call("GET", "/api/v1/me", { cookie: session.cookie })).status).toBe(401); // its sessions ended (no failed login: the limiter test comes last)
    expect(JSON.parse((await call("GET", "/api/v1/users", { cookie: cookies.admin })).text).users).not.toContainEqual({ name: "newbie", role: "viewer" });
    expect((await call("DELETE", "/api/v1/users/admin1", { cookie: cookies.admin })).status).toBe(409);
    const audit = fs.readFileSync(path.join(dataDir, "audit.jsonl"), "utf8");
    expect(audit).toContain('"action":"user.add"');
    expect(audit).not.toContain("newbie-password");
  });
});

/** A socket with this cookie (none: anonymous): its first snapshot, or null when refused; `whileOpen` acts while it is connected. */
async function socketSession(cookie?: string, whileOpen?: (socket: ReturnType<typeof io>) => Promise<void>, port = app.port) {
  const socket = io(`http://127.0.0.1:${port}`, { path: SOCKET_PATH, transports: ["websocket"], reconnection: false, extraHeaders: cookie ? { cookie } : {} });
  try {
    const snapshot = await new Promise<Snapshot | null>((resolve) => {
      socket.once("snapshot", (s: Snapshot) => resolve(s));
      socket.once("connect_error", () => resolve(null));
    });
    if (snapshot && whileOpen) await whileOpen(socket);
    return snapshot;
  } finally {
    socket.close();
  }
}

/** Waits for the server to drop the socket after `act`; the reason socket.io gives. */
async function droppedBy(socket: ReturnType<typeof io>, act: () => Promise<void>): Promise<string> {
  const gone = new Promise<string>((resolve) => socket.once("disconnect", (reason) => resolve(reason)));
  await act();
  return gone;
}

describe("socket.io × roles", () => {
  const connect = async (cookie?: string) => ((await socketSession(cookie)) ? "snapshot" : "refused");

  it("a socket is disconnected when its session ends", async () => {
    const r = await login("viewer1", PASSWORD);
    let reason = "";
    const snapshot = await socketSession(r.cookie, async (socket) => {
      reason = await droppedBy(socket, async () => expect((await call("POST", "/api/v1/logout", { cookie: r.cookie })).status).toBe(200));
    });
    expect(snapshot).not.toBeNull();
    expect(reason).toBe("io server disconnect");
  });

  it("a socket is disconnected when an admin changes its user's role (it reconnects into the stream for the new role)", async () => {
    await users.add("rolechange", "viewer", PASSWORD);
    const r = await login("rolechange", PASSWORD);
    let reason = "";
    const snapshot = await socketSession(r.cookie, async (socket) => {
      reason = await droppedBy(socket, async () => expect((await call("PUT", "/api/v1/users/rolechange", { cookie: cookies.admin, body: { role: "operator" } })).status).toBe(200));
    });
    expect(snapshot).not.toBeNull();
    expect(reason).toBe("io server disconnect");
    expect(JSON.parse((await call("GET", "/api/v1/me", { cookie: r.cookie })).text)).toEqual({ mode: "auth", user: "rolechange", role: "operator" });
  });

  it("refuses anonymous and made-up sessions; viewer, operator and admin get the snapshot", async () => {
    expect(await connect()).toBe("refused");
    expect(await connect("swarmscope_session=made-up")).toBe("refused");
    for (const role of ["viewer", "operator", "admin"] as const) expect(await connect(cookies[role])).toBe("snapshot");
  });
});

describe("socket events × roles", () => {
  const logged = uniqueName("seclogs");
  const eventsSecret = uniqueName("secevents");
  afterAll(async () => {
    await docker("service", "rm", logged).catch(() => undefined);
    await docker("secret", "rm", eventsSecret).catch(() => undefined);
  });

  it("every client event (snapshot:request, logs:follow, logs:stop) is a read: viewer, share link, operator and admin all get answers", async () => {
    // Anonymous sockets never connect (tested above), so no event of theirs reaches a handler.
    await docker("service", "create", "--detach", "--name", logged, "--stop-grace-period", "1s", "--no-resolve-image", LAB_IMAGE, "sh", "-c", "echo hello-from-logs; sleep 86400");
    await vi.waitFor(async () => expect((await docker("service", "ps", "--format", "{{.CurrentState}}", logged)).trim()).toMatch(/^Running/), WAIT);
    const serviceId = (await docker("service", "inspect", "--format", "{{.ID}}", logged)).trim();
    const file = path.join(dataDir, "events-secret");
    fs.writeFileSync(file, "events-secret-value");
    await docker("secret", "create", "--label", "team=ops", eventsSecret, file);
    await vi.waitFor(() => expect(Object.values(app.runtime.hub.snapshot().state.secrets).some((x) => x.name === eventsSecret)).toBe(true), WAIT);
    const { token } = users.shareLinks.create("socket-events", "admin1", 10);
    const opened = users.shareLinks.open(token);
    if ("refused" in opened) throw new Error("share link refused");
    const sessions: Record<string, string> = {
      viewer: cookies.viewer as string,
      share: `swarmscope_share=${opened.session}`,
      operator: cookies.operator as string,
      admin: cookies.admin as string,
    };
    const clientEvents: (keyof ClientToServer)[] = ["snapshot:request", "logs:follow", "logs:stop"];
    expect(clientEvents).toHaveLength(3); // the list above is every ClientToServer event (lib/protocol.ts)
    for (const [who, cookie] of Object.entries(sessions)) {
      let answered: { secretsRedacted: boolean; lines: string[] } | null = null;
      await socketSession(cookie, async (socket) => {
        const again = new Promise<Snapshot>((resolve) => socket.once("snapshot", resolve));
        socket.emit("snapshot:request");
        const snapshot = await again;
        const lines = new Promise<string[]>((resolve, reject) => {
          socket.on("logs:lines", (batch: { lines: LogLineMessage[] }) => {
            const texts = batch.lines.map((l) => l.text);
            if (texts.some((t) => t.includes("hello-from-logs"))) resolve(texts);
          });
          socket.once("logs:error", (e: { message: string }) => reject(new Error(e.message)));
        });
        socket.emit("logs:follow", { serviceId, tail: 10 });
        const got = await lines;
        socket.emit("logs:stop");
        const mine = Object.values(snapshot.state.secrets).find((x) => x.name === eventsSecret);
        answered = { secretsRedacted: mine?.redacted === true && Object.keys(mine.labels).length === 0, lines: got };
      });
      expect(answered, who).not.toBeNull();
      expect(answered!.lines.join("\n"), who).toContain("hello-from-logs");
      expect(answered!.secretsRedacted, who).toBe(who === "viewer" || who === "share");
    }
  });
});

describe("viewers see secrets' names only", () => {
  const labelled = uniqueName("seclabelled");
  afterAll(async () => {
    await docker("secret", "rm", labelled).catch(() => undefined);
  });

  it("over the socket and GET /api/v1/cluster: a viewer gets the name without labels or dates; an operator gets them", async () => {
    const file = path.join(dataDir, "secret-value");
    fs.writeFileSync(file, "value-that-never-leaves");
    await docker("secret", "create", "--label", "owner=ops-team", labelled, file);
    const find = (snap: Snapshot | null) => Object.values(snap?.state.secrets ?? {}).find((x) => x.name === labelled);
    await vi.waitFor(() => expect(find(app.runtime.hub.snapshot())).toBeDefined(), WAIT);
    const viewerSocket = find(await socketSession(cookies.viewer as string));
    expect(viewerSocket).toMatchObject({ name: labelled, labels: {}, createdAt: "", driver: null, redacted: true });
    const viewerHttp = find(JSON.parse((await call("GET", "/api/v1/cluster", { cookie: cookies.viewer })).text));
    expect(viewerHttp).toEqual(viewerSocket);
    const operatorSocket = find(await socketSession(cookies.operator as string));
    expect(operatorSocket).toMatchObject({ name: labelled, labels: { owner: "ops-team" } });
    expect(operatorSocket?.redacted).toBeUndefined();
    expect(operatorSocket?.createdAt).toMatch(/^20\d\d-/);
    const operatorHttp = find(JSON.parse((await call("GET", "/api/v1/cluster", { cookie: cookies.operator })).text));
    expect(operatorHttp?.labels).toEqual({ owner: "ops-team" });
  });
});

describe("share links", () => {
  async function open(url: string) {
    const res = await fetch(`http://127.0.0.1:${app.port}${url}`, { redirect: "manual" });
    return { status: res.status, location: res.headers.get("location"), setCookie: res.headers.get("set-cookie") ?? "", text: await res.text() };
  }
  async function create(body: unknown) {
    const r = await call("POST", "/api/v1/share-links", { cookie: cookies.admin, body });
    return { status: r.status, body: JSON.parse(r.text) };
  }

  it("a link opens a read-only viewer session in its own cookie; revoking ends it at once", async () => {
    const created = await create({ label: "room 2 projector" });
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(/^\/share\/[A-Za-z0-9_-]{43}$/);
    expect(created.body.link).toMatchObject({ label: "room 2 projector", createdBy: "admin1", expiresAt: null, state: "active" });
    const id = created.body.link.id as string;
    const listed = JSON.parse((await call("GET", "/api/v1/share-links", { cookie: cookies.admin })).text).links;
    expect(listed).toContainEqual(expect.objectContaining({ id, state: "active" }));
    expect(JSON.stringify(listed)).not.toContain(created.body.url.split("/").pop());

    const opened = await open(created.body.url);
    expect(opened.status).toBe(303);
    expect(opened.location).toBe("/");
    expect(opened.setCookie).toMatch(/^swarmscope_share=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const cookie = opened.setCookie.split(";")[0];
    const me = JSON.parse((await call("GET", "/api/v1/me", { cookie })).text);
    expect(me).toEqual({ mode: "share", user: null, role: "viewer", share: { id, label: "room 2 projector", expiresAt: null } });
    // Opened in a signed-in admin's browser, the link never takes the admin's own session away: both cookies → the admin.
    const both = `${cookies.admin}; ${cookie}`;
    expect(JSON.parse((await call("GET", "/api/v1/me", { cookie: both })).text)).toMatchObject({ mode: "auth", user: "admin1", role: "admin" });
    expect((await call("GET", "/api/v1/swarm/join-tokens", { cookie: both })).status).toBe(200);
    expect((await call("GET", "/api/v1/cluster", { cookie })).status).toBe(200);

    // Read-only: every operation is refused and the engine is unchanged.
    const before = await fingerprint();
    expect((await call("POST", `/api/v1/services/${svc}/scale`, { cookie, body: { replicas: 0 } })).status).toBe(403);
    expect((await call("POST", "/api/v1/nodes/worker2/availability", { cookie, body: { availability: "drain" } })).status).toBe(403);
    expect((await call("POST", "/api/v1/share-links", { cookie, body: { label: "more" } })).status).toBe(403);
    expect((await call("GET", "/api/v1/swarm/join-tokens", { cookie })).status).toBe(403);
    expect(await fingerprint()).toEqual(before);

    // The projection's socket gets the viewer's copy, and is disconnected when the link is revoked.
    let reason = "";
    const snapshot = await socketSession(cookie, async (socket) => {
      reason = await droppedBy(socket, async () => expect((await call("DELETE", `/api/v1/share-links/${id}`, { cookie: cookies.admin })).status).toBe(200));
    });
    expect(Object.values(snapshot?.state.secrets ?? {}).every((x) => x.redacted === true)).toBe(true);
    expect(reason).toBe("io server disconnect");
    expect((await call("GET", "/api/v1/me", { cookie })).status).toBe(401);
    expect(await socketSession(cookie)).toBeNull();
    const again = await open(created.body.url);
    expect(again.status).toBe(410);
    expect(again.text).toContain("revoked");
    expect(again.setCookie).toBe("");
    expect(JSON.parse((await call("GET", "/api/v1/share-links", { cookie: cookies.admin })).text).links).toContainEqual(expect.objectContaining({ id, state: "revoked" }));
  });

  it("Leave shared view: POST /api/v1/share/leave ends the link's session in this browser and clears its cookie; the link itself stays", async () => {
    const created = await create({ label: "leave me" });
    const cookie = (await open(created.body.url)).setCookie.split(";")[0];
    expect((await call("GET", "/api/v1/me", { cookie })).status).toBe(200);
    const left = await call("POST", "/api/v1/share/leave", { cookie });
    expect(left.status).toBe(200);
    expect(left.headers.get("set-cookie")).toMatch(/^swarmscope_share=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0$/);
    expect((await call("GET", "/api/v1/me", { cookie })).status).toBe(401);
    expect(JSON.parse((await call("GET", "/api/v1/share-links", { cookie: cookies.admin })).text).links).toContainEqual(
      expect.objectContaining({ id: created.body.link.id, state: "active" }),
    );
  });

  it("an expiring link stops working after its time, and so do its sessions", async () => {
    const created = await create({ label: "workshop", expiresInMinutes: 30 });
    expect(created.status).toBe(201);
    const opened = await open(created.body.url);
    expect(opened.status).toBe(303);
    const cookie = opened.setCookie.split(";")[0];
    expect(Number(/Max-Age=(\d+)/.exec(opened.setCookie)?.[1])).toBeLessThanOrEqual(30 * 60);
    expect((await call("GET", "/api/v1/me", { cookie })).status).toBe(200);
    skewMs = 31 * 60_000;
    try {
      expect((await call("GET", "/api/v1/me", { cookie })).status).toBe(401);
      expect((await open(created.body.url)).status).toBe(410);
      expect(JSON.parse((await call("GET", "/api/v1/share-links", { cookie: cookies.admin })).text).links).toContainEqual(
        expect.objectContaining({ id: created.body.link.id, state: "expired" }),
      );
    } finally {
      skewMs = 0;
    }
  });

  it("refuses bad input naming the field, unknown tokens, and records creation, use and revocation in the audit log", async () => {
    for (const [body, field] of [
      [{}, "label"],
      [{ label: "" }, "label"],
      [{ label: "x".repeat(65) }, "label"],
      [{ label: "x", expiresInMinutes: 0 }, "expiresInMinutes"],
      [{ label: "x", expiresInMinutes: 1.5 }, "expiresInMinutes"],
      [{ label: "x", expiresInMinutes: "60" }, "expiresInMinutes"],
      [{ label: "x", token: "chosen" }, "token"],
    ] as const) {
      const r = await create(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.field, JSON.stringify(body)).toBe(field);
    }
    expect((await open("/share/not-a-real-token")).status).toBe(404);
    expect((await open("/p/not-a-real-token")).status).toBe(404);
    expect((await call("DELETE", "/api/v1/share-links/nope", { cookie: cookies.admin })).status).toBe(404);
    const actions = (JSON.parse((await call("GET", "/api/v1/audit", { cookie: cookies.admin })).text).entries as Record<string, unknown>[]).map((e) => `${e.action}:${e.result}`);
    for (const want of ["share.create:ok", "share.open:ok", "share.revoke:ok", "share.create:error"]) expect(actions).toContain(want);
  });
});

describe("links to /present", () => {
  const open = async (url: string) => {
    const res = await fetch(`http://127.0.0.1:${app.port}${url}`, { redirect: "manual" });
    return { status: res.status, location: res.headers.get("location"), cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] };
  };

  it("an operator's phone link (short, at most 8 hours) and a share link with ?to=present open /present as a viewer; viewers cannot make phone links", async () => {
    const phone = await call("POST", "/api/v1/present-links", { cookie: cookies.operator, body: {} });
    expect(phone.status).toBe(201);
    const made = JSON.parse(phone.text);
    expect(made.url).toMatch(/^\/p\/[A-Za-z0-9_-]{16}$/);
    expect(Date.parse(made.link.expiresAt) - Date.now() + skewMs).toBeLessThanOrEqual(120 * 60_000 + 5_000);
    const opened = await open(made.url);
    expect([opened.status, opened.location]).toEqual([303, "/present"]);
    expect(JSON.parse((await call("GET", "/api/v1/me", { cookie: opened.cookie })).text)).toMatchObject({ mode: "share", role: "viewer" });
    // A share session (viewer) may not make phone links; nor may a viewer; bad expiries are refused by field.
    for (const cookie of [opened.cookie, cookies.viewer]) expect((await call("POST", "/api/v1/present-links", { cookie, body: {} })).status).toBe(403);
    for (const body of [{ expiresInMinutes: 481 }, { expiresInMinutes: 0 }, { expiresInMinutes: "60" }, { label: "x" }]) {
      const r = await call("POST", "/api/v1/present-links", { cookie: cookies.operator, body });
      expect(r.status, JSON.stringify(body)).toBe(400);
    }

    const share = JSON.parse((await call("POST", "/api/v1/share-links", { cookie: cookies.admin, body: { label: "present" } })).text);
    for (const [query, location] of [
      ["?to=present", "/present"],
      ["?to=https://evil.example", "/"],
      ["?to=%2F%2Fevil", "/"],
      ["", "/"],
    ]) {
      const r = await open(`${share.url}${query}`);
      expect([r.status, r.location], query).toEqual([303, location]);
    }
  });
});

describe("leaving local mode", () => {
  it("the first user added from local mode must be an admin; once added, sign-in is required", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-first-"));
    const store = new UserStore(dir);
    const local = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0, users: store, dataDir: dir });
    try {
      const viewer = await call("POST", "/api/v1/users", { port: local.port, body: { name: "first", role: "viewer", password: "first-password" } });
      expect(viewer.status).toBe(409);
      expect(JSON.parse(viewer.text)).toMatchObject({ field: "role" });
      expect(store.hasUsers()).toBe(false);
      expect(JSON.parse((await call("GET", "/api/v1/me", { port: local.port })).text)).toMatchObject({ mode: "local" });
      const admin = await call("POST", "/api/v1/users", { port: local.port, body: { name: "first", role: "admin", password: "first-password" } });
      expect(admin.status).toBe(200);
      expect((await call("GET", "/api/v1/me", { port: local.port })).status).toBe(401);
      expect((await call("GET", "/api/v1/cluster", { port: local.port })).status).toBe(401);
    } finally {
      await local.close();
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("TLS client files", () => {
  it("the key and certificates from DOCKER_CERT_PATH are never served by any GET route or the socket", async () => {
    const certDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-certs-"));
    const marker = `KEYMATERIAL${process.pid}`;
    for (const f of ["ca.pem", "cert.pem", "key.pem"]) fs.writeFileSync(path.join(certDir, f), `-----BEGIN PRIVATE KEY-----\n${marker}${f}\n-----END PRIVATE KEY-----\n`);
    // An engine that does not answer: the server keeps retrying while we read every route.
    const tlsApp = await startAppServer({
      endpoint: endpointFromEnv({ DOCKER_HOST: "tcp://127.0.0.1:9", DOCKER_TLS_VERIFY: "1", DOCKER_CERT_PATH: certDir }),
      host: "127.0.0.1",
      port: 0,
    });
    try {
      await vi.waitFor(() => expect(tlsApp.runtime.hub.snapshot().state.engine.state).not.toBe("connecting"), WAIT);
      const seen: string[] = [];
      for (const route of ROUTES.filter((r) => r.method === "GET")) {
        const url = fill(route.path, false);
        const r = await call("GET", url, { port: tlsApp.port });
        seen.push(`${url} ${r.status} ${r.text}`);
      }
      const snapshot = await socketSession(undefined, undefined, tlsApp.port);
      expect(snapshot).not.toBeNull();
      seen.push(JSON.stringify(snapshot));
      expect(seen.length).toBeGreaterThan(10);
      expect(seen.join("\n")).toContain("tcp://127.0.0.1:9");
      expect(seen.join("\n")).not.toContain(marker);
      expect(seen.join("\n")).not.toContain("PRIVATE KEY");
    } finally {
      await tlsApp.close();
      fs.rmSync(certDir, { recursive: true, force: true });
    }
  });
});

describe("CSRF", () => {
  it("refuses a mutating request from a foreign Origin even with an admin session; the engine is unchanged", async () => {
    const before = await fingerprint();
    const r = await call("POST", `/api/v1/services/${svc}/scale`, { cookie: cookies.admin, origin: "http://evil.example", body: { replicas: 0 } });
    expect(r.status).toBe(403);
    expect(r.text).toContain("cross-origin");
    const same = await call("POST", "/api/v1/services/sec-no-such-service/scale", {
      cookie: cookies.admin,
      origin: `http://127.0.0.1:${app.port}`,
      body: { replicas: 0 },
    });
    expect(same.status).not.toBe(403);
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a foreign Origin in local mode too", async () => {
    const local = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0 });
    try {
      const before = await fingerprint();
      const r = await call("POST", `/api/v1/services/${svc}/scale`, { origin: "http://evil.example", body: { replicas: 0 }, port: local.port });
      expect(r.status).toBe(403);
      const me = await call("GET", "/api/v1/me", { port: local.port });
      expect(JSON.parse(me.text)).toEqual({ mode: "local", user: null, role: "admin" });
      expect(await fingerprint()).toEqual(before);
    } finally {
      await local.close();
    }
  });
});

describe("audit log", () => {
  it("records who did what without the secret's value; admins read it, operators may not", async () => {
    const value = `audit-value-${process.pid}-do-not-log`;
    const r = await call("POST", "/api/v1/secrets", { cookie: cookies.operator, body: { name: secret, data: value } });
    expect(r.status).toBe(200);
    const refused = await call("POST", `/api/v1/nodes/worker2/role`, { cookie: cookies.admin, body: { role: "bogus" } });
    expect(refused.status).toBe(400);
    const file = fs.readFileSync(path.join(dataDir, "audit.jsonl"), "utf8");
    expect(file).not.toContain(value);
    expect((await call("GET", "/api/v1/audit", { cookie: cookies.operator })).status).toBe(403);
    const { entries } = JSON.parse((await call("GET", "/api/v1/audit", { cookie: cookies.admin })).text);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          user: "operator1",
          role: "operator",
          action: "secret.create",
          result: "ok",
          // Named by its name, with the new secret's ID for the hover.
          target: secret,
          targetId: expect.stringMatching(/^[a-z0-9]{25}$/),
          params: expect.objectContaining({ name: secret, data: "(not logged)" }),
        }),
        expect.objectContaining({ user: "admin1", role: "admin", target: "worker2", result: "error", status: 400 }),
      ]),
    );
    const jsonl = await call("GET", "/api/v1/audit?format=jsonl", { cookie: cookies.admin });
    expect(jsonl.headers.get("content-type")).toContain("application/x-ndjson");
    expect(
      jsonl.text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).action),
    ).toContain("secret.create");
    expect(jsonl.text).not.toContain(value);
  });
});

describe("login rate limit (last: it blocks this address)", () => {
  const auditFile = path.join(dataDir, "audit.jsonl");
  const logins = async () =>
    (JSON.parse((await call("GET", "/api/v1/audit", { cookie: cookies.admin })).text).entries as Record<string, unknown>[]).filter((e) => e.action === "login");

  it("holds one name back at one address after 5 failures, even for the right password; others still sign in from there", async () => {
    for (let i = 0; i < 5; i++) expect((await login("limited", "wrong-password")).status).toBe(401);
    const blocked = await login("limited", PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.res.headers.get("retry-after"))).toBeGreaterThan(200);
    expect((await login("admin1", PASSWORD)).status).toBe(200); // the address is not held back for other names
    const entries = await logins();
    expect(entries).toContainEqual(expect.objectContaining({ user: "viewer1", role: "viewer", result: "ok", status: 200 }));
    expect(entries.filter((e) => e.user === "limited" && e.status === 401)).toHaveLength(5);
    expect(entries).toContainEqual(expect.objectContaining({ user: "limited", result: "error", status: 429, params: expect.objectContaining({ limit: "addr+user" }) }));
    expect(fs.readFileSync(auditFile, "utf8")).not.toContain("wrong-password");
  });

  it("limited tries do not grow the audit log one line each: they are counted into one entry", async () => {
    const before = fs.statSync(auditFile).size;
    for (let i = 0; i < 100; i++) expect((await login("limited", `wrong-${i}`)).status).toBe(429);
    expect(fs.statSync(auditFile).size).toBe(before); // nothing written while the block lasts
    expect((await login("admin1", PASSWORD)).status).toBe(200); // the next sign-in that is not refused writes the count
    const summary = (await logins()).filter((e) => e.user === "limited" && (e.params as { refused?: number }).refused);
    expect(summary).toEqual([expect.objectContaining({ status: 429, params: expect.objectContaining({ refused: 100, limit: "addr+user" }) })]);
    expect(fs.statSync(auditFile).size - before).toBeLessThan(1000); // the summary and admin1's sign-in
  });

  it("holds the address back after 20 failures across names", async () => {
    for (let i = 0; i < 15; i++) expect((await login(`made-up-${i}`, "wrong-password")).status).toBe(401);
    const r = await login("admin1", PASSWORD);
    expect(r.status).toBe(429);
    expect((await logins()).at(-1)).toMatchObject({ user: "admin1", status: 429, params: expect.objectContaining({ limit: "addr" }) });
  });
});
