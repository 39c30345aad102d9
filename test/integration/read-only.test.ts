// Integration: Swarmscope behind a filtering socket proxy (reads pass, writes get 403) on the real lab: read-only engine access, said once, nothing done.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startAppServer, type AppServer } from "../../server/app-server";
import { endpointFromEnv } from "../../server/engine/connection";
import type { Delta } from "../../lib/model-types";
import { createLabService, docker, labSocket, uniqueName } from "../support/docker-cli";
import { apiCall } from "../support/http";
import { startReadOnlyProxy, type ReadOnlyProxy } from "../support/read-only-proxy";

const WAIT = { timeout: 60_000, interval: 250 };
const svc = uniqueName("ro");
let proxy: ReadOnlyProxy;
let app: AppServer;
const engineDeltas: Delta[] = [];

beforeAll(async () => {
  await createLabService(svc, 1, "--stop-grace-period", "1s", "lab/busybox:1", "sleep", "1d");
  proxy = await startReadOnlyProxy(labSocket("manager2"));
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: proxy.dockerHost }), host: "127.0.0.1", port: 0 });
  app.runtime.hub.subscribe((d) => {
    if (d.changes.some((c) => c.kind === "engine")) engineDeltas.push(d);
  });
  await vi.waitFor(() => {
    const state = app.runtime.hub.snapshot().state;
    expect(state.engine.state, JSON.stringify(state.engine)).toBe("live"); // the whole link on failure: its message says why
    expect(Object.values(state.services).some((s) => s.name === svc)).toBe(true);
  }, WAIT);
});

afterAll(async () => {
  await app?.close();
  await proxy?.close();
  await docker("service", "rm", svc).catch(() => undefined);
});

const serviceId = () => Object.values(app.runtime.hub.snapshot().state.services).find((s) => s.name === svc)!.id;
const replicas = async () => JSON.parse(await docker("service", "inspect", svc))[0].Spec.Mode.Replicated.Replicas as number;

describe("behind a read-only socket proxy", () => {
  it("watches the swarm through it, with no read-only mark before a write was refused", async () => {
    const cluster = await apiCall(app.port, "GET", "/api/v1/cluster");
    expect(cluster.body.state.engine).toMatchObject({ state: "live", readOnly: null });
    expect(proxy.refused).toEqual([]);
  });

  it("a refused write: 403 saying read-only engine access and what was not done; the engine link flips to read-only once", async () => {
    const id = serviceId();
    const first = await apiCall(app.port, "POST", `/api/v1/services/${id}/scale`, { replicas: 3 });
    expect(first.status).toBe(403);
    expect(first.body).toMatchObject({ ok: false, action: "service.scale", readOnly: true, notDone: ["service.scale was not applied"] });
    expect(first.body.error).toMatch(/^read-only engine access: .*HTTP 403: 403 Forbidden Request forbidden by administrative rules/);
    expect(proxy.refused).toEqual([expect.stringMatching(new RegExp(`^POST /v[\\d.]+/services/${id}/update`))]);
    expect(await replicas()).toBe(1);

    const cluster = await apiCall(app.port, "GET", "/api/v1/cluster");
    expect(cluster.body.state.engine).toMatchObject({ state: "live", readOnly: expect.stringContaining("HTTP 403") });
    const metrics = await apiCall(app.port, "GET", "/metrics");
    expect(metrics.text).toMatch(/^swarmscope_engine_read_only 1$/m);

    // A second refusal (another kind of write) says nothing new.
    const before = engineDeltas.filter((d) => d.changes.some((c) => c.kind === "engine" && c.value.readOnly)).length;
    expect(before).toBe(1);
    const second = await apiCall(app.port, "POST", "/api/v1/secrets", { name: uniqueName("ro-secret"), data: "x" });
    expect(second.status).toBe(403);
    expect(second.body.notDone?.length).toBeGreaterThan(0);
    expect(proxy.refused).toHaveLength(2);
    expect(engineDeltas.filter((d) => d.changes.some((c) => c.kind === "engine" && c.value.readOnly))).toHaveLength(1);
    expect(await replicas()).toBe(1);
  });
});
