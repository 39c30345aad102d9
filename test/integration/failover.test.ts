// Integration: manager failover on the real lab (SWARMSCOPE_MANAGERS=manager3,manager2): kill -9 manager3's dockerd, live again on manager2 with the tasks it reports, an action right after, no flapping once it is back.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startAppServer, type AppServer } from "../../server/app-server";
import { managersFromEnv } from "../../server/engine/connection";
import { engineStats } from "../../server/engine/stats";
import type { EngineLink } from "../../lib/model-types";
import { createLabService, docker, dockerOn, uniqueName } from "../support/docker-cli";
import { apiCall } from "../support/http";
import { daemonPid, ensureRunning, killDaemon, labHost, managerStatus, restartNode } from "../support/lab-node";

const WAIT = { timeout: 60_000, interval: 100 };
const svc = uniqueName("failover");
let app: AppServer | null = null;
/** Every engine link the hub published, in order. */
const links: EngineLink[] = [];

afterAll(async () => {
  await app?.close();
  await ensureRunning("manager3"); // also when a test failed half-way: the lab is shared
  await docker("service", "rm", svc).catch(() => undefined);
}, 240_000);

describe("every address unreachable", () => {
  it("says unreachable and lists what was tried, in order, and why each failed", async () => {
    const list = managersFromEnv({ SWARMSCOPE_MANAGERS: "unix:///nonexistent/manager-a.sock,unix:///nonexistent/manager-b.sock" });
    const dead = await startAppServer({ endpoint: list, host: "127.0.0.1", port: 0, timing: { retryMs: 50 } });
    try {
      await vi.waitFor(() => expect(dead.runtime.hub.snapshot().state.engine.state).toBe("unreachable"), WAIT);
      const cluster = await apiCall(dead.port, "GET", "/api/v1/cluster");
      const link = cluster.body.state.engine as EngineLink;
      expect(link.message).toMatch(
        /^None of the 2 managers can be watched\. Tried: unix:\/\/\/nonexistent\/manager-a\.sock: .*ENOENT.* · unix:\/\/\/nonexistent\/manager-b\.sock: .*ENOENT/,
      );
      expect(link.hint).toMatch(/SWARMSCOPE_MANAGERS/);
      expect(dead.runtime.managers.switches).toBe(0);
    } finally {
      await dead.close();
    }
  });
});

describe("kill -9 the manager in use", () => {
  beforeAll(async () => {
    await ensureRunning("manager3");
    // Killing the raft leader leaves the swarm without one for an election (~10 s): a different test. The lab's leader is manager1.
    expect(await managerStatus("manager2", "manager3")).toBe("false reachable");
    await createLabService(svc, 5, "--stop-grace-period", "1s", "lab/busybox:1", "sleep", "1d");
    app = await startAppServer({ endpoint: managersFromEnv({ SWARMSCOPE_MANAGERS: `${labHost("manager3")},${labHost("manager2")}` }), host: "127.0.0.1", port: 0 });
    app.runtime.hub.subscribe((d) => {
      for (const c of d.changes) if (c.kind === "engine") links.push(c.value);
    });
    await vi.waitFor(() => {
      const state = app!.runtime.hub.snapshot().state;
      expect(state.engine).toMatchObject({ state: "live", host: labHost("manager3") });
      expect(Object.values(state.tasks).filter((t) => t.serviceName === svc && t.state === "running")).toHaveLength(5);
    }, WAIT);
  }, 120_000);

  /** The service's tasks as Swarmscope has them, and as `docker service ps` through manager2 has them: ID → desired state. */
  const ours = () =>
    Object.fromEntries(
      Object.values(app!.runtime.hub.snapshot().state.tasks)
        .filter((t) => t.serviceName === svc)
        .map((t) => [t.id, t.desiredState]),
    );
  const theirs = async () =>
    Object.fromEntries(
      (await dockerOn(labHost("manager2"), "service", "ps", "--no-trunc", "--format", "{{.ID}} {{.DesiredState}}", svc))
        .split("\n")
        .filter(Boolean)
        .map((line) => line.split(" "))
        .map(([id, desired]) => [id, desired.toLowerCase()]),
    );

  it("is live again on manager2, with the tasks manager2 reports (no ghosts), says so, and counts the switch", async () => {
    const requestsBefore = engineStats.requests;
    killDaemon("manager3");
    await vi.waitFor(() => expect(app!.runtime.hub.snapshot().state.engine).toMatchObject({ state: "live", host: labHost("manager2") }), WAIT);
    const link = app!.runtime.hub.snapshot().state.engine;
    expect(link.failover).toMatchObject({ from: "manager3", to: "manager2", why: "unreachable" });
    expect(app!.runtime.managers.switches).toBe(1);
    expect(engineStats.requests).toBeGreaterThan(requestsBefore);
    // While manager3's node goes Down its tasks are replaced: both sides are re-read until they agree.
    await vi.waitFor(async () => expect(ours()).toEqual(await theirs()), WAIT);

    const metrics = await apiCall(app!.port, "GET", "/metrics");
    expect(metrics.text).toContain(`swarmscope_engine_manager{address="${labHost("manager2")}",name="manager2"} 1`);
    expect(metrics.text).toContain(`swarmscope_engine_manager{address="${labHost("manager3")}",name="manager3"} 0`);
    expect(metrics.text).toMatch(/^swarmscope_engine_manager_switches_total 1$/m);
  });

  it("runs an action issued right after on manager2", async () => {
    const id = Object.values(app!.runtime.hub.snapshot().state.services).find((s) => s.name === svc)!.id;
    const r = await apiCall(app!.port, "POST", `/api/v1/services/${id}/scale`, { replicas: 6 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, action: "service.scale" });
    const spec = JSON.parse(await dockerOn(labHost("manager2"), "service", "inspect", svc))[0].Spec;
    expect(spec.Mode.Replicated.Replicas).toBe(6);
    expect(app!.runtime.endpoint.label).toBe(labHost("manager2"));
    await vi.waitFor(() => expect(Object.values(app!.runtime.hub.snapshot().state.services).find((s) => s.name === svc)?.replicas).toBe(6), WAIT);
  });

  it("stays on manager2 when manager3 is back: no switch, no lost link", async () => {
    const seen = links.length;
    await restartNode("manager3");
    expect(daemonPid("manager3")).not.toBeNull();
    // Updates keep flowing through manager2: it reports manager3's node Ready again, then a scale done with the CLI.
    await vi.waitFor(() => {
      const node = Object.values(app!.runtime.hub.snapshot().state.nodes).find((n) => n.hostname === "manager3");
      expect(node?.status).toBe("ready");
    }, WAIT);
    await docker("service", "scale", "--detach", `${svc}=4`);
    await vi.waitFor(() => expect(Object.values(app!.runtime.hub.snapshot().state.services).find((s) => s.name === svc)?.replicas).toBe(4), WAIT);
    expect(app!.runtime.managers.switches).toBe(1);
    expect(links.slice(seen).filter((l) => l.state !== "live" || l.host !== labHost("manager2"))).toEqual([]);
    expect(app!.runtime.hub.snapshot().state.engine).toMatchObject({ state: "live", host: labHost("manager2") });
  }, 240_000);
});
