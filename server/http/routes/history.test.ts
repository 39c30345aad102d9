// Unit (no Docker: the demo swarm): the history routes on a real app server — replay, timeline with an action and its sentences, task and service paths, viewer redaction, and every refusal naming its field.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ReplaySnapshot, ServiceHistory, TaskHistory, TimelinePage } from "../../../lib/history-types";
import { startAppServer, type AppServer } from "../../app-server";
import { UserStore } from "../../auth/user-store";
import { launchDemo } from "../../demo/launch";
import type { DemoEngine } from "../../demo/demo-engine";
import { endpointFromEnv } from "../../engine/connection";
import { apiCall } from "../../../test/support/http";

let dir: string;
let demo: DemoEngine;
let app: AppServer;
let users: UserStore;
const cookie = { admin: "", viewer: "" };
const WAIT = { timeout: 20_000, interval: 100 };

const get = (p: string, who: "admin" | "viewer" = "admin") => apiCall(app.port, "GET", p, undefined, { cookie: `swarmscope_session=${cookie[who]}` });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "history-routes-"));
  demo = await launchDemo({ size: null, socketPath: path.join(dir, "demo.sock") });
  users = new UserStore(dir);
  await users.add("adm", "admin", "a long admin password");
  await users.add("vie", "viewer", "a long viewer password");
  cookie.admin = users.createSession("adm").token;
  cookie.viewer = users.createSession("vie").token;
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: demo.dockerHost }), host: "127.0.0.1", port: 0, users, dataDir: dir });
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
});

afterAll(async () => {
  await app?.close();
  await demo?.close();
  users?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("history routes on the demo swarm", () => {
  it("records a dashboard action, its narrated sentence and the service's change with who made it", async () => {
    const scaled = await apiCall(app.port, "POST", "/api/v1/services/shop_db/scale", { replicas: 2 }, { cookie: `swarmscope_session=${cookie.admin}` });
    expect(scaled.status).toBe(200);
    await vi.waitFor(async () => {
      const page = (await get("/api/v1/timeline?service=shop_db&kind=service-scaled,action")).body as TimelinePage;
      expect(page.entries.map((e) => e.kind).sort()).toEqual(["action", "service-scaled"]);
    }, WAIT);
    const page = (await get("/api/v1/timeline?service=shop_db")).body as TimelinePage;
    const said = page.entries.find((e) => e.kind === "service-scaled")!;
    expect(said.sentence).toBe("shop_db scaled 1 → 2");
    expect(said.objects.services).toContain("shop_db");
    expect(said.objects.stacks).toContain("shop");
    const action = page.entries.find((e) => e.kind === "action")!;
    expect(action.actor).toEqual({ user: "adm", role: "admin", action: "service.scale", result: "ok", status: 200 });
    expect(action.sentence).toContain('{"replicas":2}');
    // Viewers: the same entry without the action's parameters.
    const asViewer = (await get("/api/v1/timeline?service=shop_db&kind=action", "viewer")).body as TimelinePage;
    expect(asViewer.entries[0].sentence).toBe("adm (admin): service.scale shop_db — ok");

    const history = (await get("/api/v1/services/shop_db/history")).body as ServiceHistory;
    const change = history.changes.find((c) => c.kind === "changed" && c.fields.some((f) => f.field === "replicas"))!;
    expect(change.fields.find((f) => f.field === "replicas")).toEqual({ field: "replicas", from: 1, to: 2 });
    expect(change.by).toEqual({ user: "adm", role: "admin", action: "service.scale", result: "ok" });
  });

  it("answers the cluster as it was, with replay, redacted for viewers like the live stream", async () => {
    const before = new Date().toISOString();
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(Date.parse(before)), WAIT);
    const live = app.runtime.hub.snapshot();
    const res = await get(`/api/v1/cluster?at=${encodeURIComponent(before)}`);
    expect(res.status).toBe(200);
    const replay = res.body as ReplaySnapshot;
    expect(replay).toMatchObject({ replay: true, at: before });
    expect(Object.keys(replay.state.nodes).sort()).toEqual(Object.keys(live.state.nodes).sort());
    const secret = Object.values(replay.state.secrets)[0];
    expect(secret.redacted).toBeUndefined();
    const asViewer = (await get(`/api/v1/cluster?at=${encodeURIComponent(before)}`, "viewer")).body as ReplaySnapshot;
    expect(Object.values(asViewer.state.secrets)[0]).toMatchObject({ name: secret.name, labels: {}, redacted: true });
  });

  it("keeps each task's path of states", async () => {
    const task = Object.values(app.runtime.hub.snapshot().state.tasks).find((t) => t.serviceName === "shop_web")!;
    const res = await get(`/api/v1/tasks/${task.id}/history`);
    expect(res.status).toBe(200);
    const h = res.body as TaskHistory;
    expect(h.task).toMatchObject({ id: task.id, serviceName: "shop_web", slot: task.slot });
    expect(h.states.at(-1)).toMatchObject({ state: task.state, desiredState: task.desiredState, nodeId: task.nodeId });
  });

  it("pages the timeline newest first with a cursor", async () => {
    const all = (await get("/api/v1/timeline?limit=1000")).body as TimelinePage;
    expect(all.entries.length).toBeGreaterThan(3);
    const first = (await get("/api/v1/timeline?limit=2")).body as TimelinePage;
    const second = (await get(`/api/v1/timeline?limit=2&before=${first.next}`)).body as TimelinePage;
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(all.entries.slice(0, 4).map((e) => e.id));
    const ats = all.entries.map((e) => Date.parse(e.at));
    expect(ats).toEqual([...ats].sort((a, b) => b - a));
  });

  it("refuses bad input with 400 naming the field", async () => {
    const now = Date.now();
    const cases: [string, string][] = [
      ["/api/v1/cluster?at=yesterday", "at"],
      ["/api/v1/cluster?at=2026-02-31T00:00:00Z", "at"],
      ["/api/v1/cluster?at=2026-12-03T17:40:00", "at"], // no zone
      [`/api/v1/cluster?at=${new Date(now + 3_600_000).toISOString()}`, "at"],
      ["/api/v1/cluster?at=2001-01-01T00:00:00Z", "at"],
      ["/api/v1/cluster?at=2026-12-03T17:40:00Z&at=2026-12-03T17:41:00Z", "at"],
      [`/api/v1/timeline?from=${new Date(now).toISOString()}&to=${new Date(now - 1000).toISOString()}`, "from"],
      ["/api/v1/timeline?to=soon", "to"],
      ["/api/v1/timeline?limit=0", "limit"],
      ["/api/v1/timeline?limit=1001", "limit"],
      ["/api/v1/timeline?limit=1e3", "limit"],
      ["/api/v1/timeline?limit=-5", "limit"],
      ["/api/v1/timeline?kind=scaled", "kind"],
      ["/api/v1/timeline?service=no-such-service", "service"],
      ["/api/v1/timeline?service=%00web", "service"],
      ["/api/v1/timeline?node=worker9", "node"],
      ["/api/v1/timeline?stack=nostack", "stack"],
      ["/api/v1/timeline?before=12", "before"],
      ["/api/v1/timeline?limit=5&limit=6", "limit"],
    ];
    for (const [url, field] of cases) {
      const res = await get(url);
      expect({ url, status: res.status, field: res.body?.field }).toEqual({ url, status: 400, field });
      expect(typeof res.body.error).toBe("string");
    }
    expect((await get("/api/v1/tasks/nosuchtask/history")).status).toBe(404);
    expect((await get("/api/v1/services/nosuchservice/history")).body).toMatchObject({ field: "id" });
    // Known names pass: a node by hostname, a stack, kinds in a list.
    expect((await get("/api/v1/timeline?node=worker1&stack=shop&kind=node-drained,action")).status).toBe(200);
  });
});
