// The real Watcher and Hub driven by the simulated engine (in real time): the model gets the right counts, follows a scale-up to converged, and sees a drain move tasks.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EngineService, EngineTask } from "../../../lib/engine-types";
import type { Delta } from "../../../lib/model-types";
import { Hub } from "../../hub/hub";
import { connectingLink, Watcher } from "../watcher";
import { SimulatedEngine, wallClock } from "./engine";
import { SimulatedSwarm } from "./swarm";

const timing = { fastMs: 20, slowMs: 3_600_000, resyncMs: 3_600_000, retryMs: 20, settleMs: 300, stuckMs: 2_000, reconnectingMs: 3_600_000 };
let watcher: Watcher | null = null;
afterEach(async () => {
  await watcher?.stop();
  watcher = null;
});

function start(swarm: SimulatedSwarm, o: { wire?: boolean } = {}) {
  const engine = new SimulatedEngine(swarm, { clock: wallClock(swarm, 2), wire: o.wire });
  const hub = new Hub(connectingLink("simulated://test"));
  const deltas: Delta[] = [];
  hub.subscribe((d) => deltas.push(d));
  watcher = new Watcher(async () => engine, hub, "simulated://test", timing);
  watcher.start();
  return { engine, hub, deltas };
}

const serviceNamed = (engine: SimulatedEngine, name: string): EngineService => engine.sim.services().find((s) => s.Spec.Name === name)!;

describe("Watcher + Hub on the simulated engine", () => {
  it("reach a model with the swarm's counts: nodes, managers, services, tasks, running/desired", async () => {
    const swarm = new SimulatedSwarm({
      seed: 1,
      nodes: 12,
      services: [
        { name: "web", replicas: 10 },
        { name: "api", replicas: 6 },
        { name: "db", replicas: 1 },
      ],
    });
    const { hub } = start(swarm, { wire: true });
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    const view = hub.snapshot().state;
    expect(Object.keys(view.nodes)).toHaveLength(12);
    expect(view.swarm).toMatchObject({ managers: 3, workers: 9 });
    expect(
      Object.values(view.services)
        .map((s) => [s.name, s.running, s.desired])
        .sort(),
    ).toEqual([
      ["api", 6, 6],
      ["db", 1, 1],
      ["web", 10, 10],
    ]);
    expect(Object.values(view.tasks).filter((t) => t.state === "running")).toHaveLength(17);
    expect(
      Object.values(view.networks)
        .map((n) => n.name)
        .sort(),
    ).toEqual(["ingress", "sim_default"]);
    expect(view.engine).toMatchObject({ apiVersion: "1.41", engineVersion: "20.10.24" });
    expect(hub.converging()).toBeNull();
  });

  it("follows a scale 10 → 20 to converged, seeing the new tasks on their way up", async () => {
    const swarm = new SimulatedSwarm({ seed: 2, nodes: 5, services: [{ name: "web", replicas: 10 }] });
    const { engine, hub, deltas } = start(swarm);
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    const web = serviceNamed(engine, "web");
    const before = deltas.length;
    await engine.updateService(web.ID, web.Version.Index, { ...web.Spec, Mode: { Replicated: { Replicas: 20 } } });
    await vi.waitFor(
      () => {
        const view = hub.snapshot().state;
        expect(view.services[web.ID]).toMatchObject({ replicas: 20, running: 20, desired: 20 });
        expect(
          Object.values(view.tasks)
            .filter((t) => t.state === "running")
            .map((t) => t.slot)
            .sort((a, b) => a! - b!),
        ).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      },
      { timeout: 5_000 },
    );
    const statesSeen = new Set(
      deltas.slice(before).flatMap((d) => d.changes.flatMap((c) => (c.kind === "tasks" && c.op === "upsert" ? [(c.value as { state: string }).state] : []))),
    );
    expect(statesSeen.has("running")).toBe(true);
    expect([...statesSeen].some((s) => s !== "running")).toBe(true); // polled fast enough to see tasks starting
    await vi.waitFor(() => expect(hub.converging()).toBeNull());
  });

  it("sees a drain move tasks: none left running on the drained node, every slot running elsewhere", async () => {
    const swarm = new SimulatedSwarm({ seed: 3, nodes: 4, managers: 1, services: [{ name: "web", replicas: 8 }] });
    const { engine, hub } = start(swarm);
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    const worker = engine.sim.nodes().find((n) => n.Description?.Hostname === "worker1")!;
    const onWorker = (tasks: EngineTask[]) => tasks.filter((t) => t.NodeID === worker.ID && t.DesiredState === "running").length;
    expect(onWorker(engine.sim.tasks())).toBeGreaterThan(0);
    await engine.updateNode(worker.ID, worker.Version.Index, { ...worker.Spec, Availability: "drain" });
    await vi.waitFor(
      () => {
        const view = hub.snapshot().state;
        expect(view.nodes[worker.ID].availability).toBe("drain");
        const up = Object.values(view.tasks).filter((t) => t.state === "running" && t.desiredState === "running");
        expect(up.some((t) => t.nodeId === worker.ID)).toBe(false);
        expect(up.map((t) => t.slot).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        expect(
          Object.values(view.tasks)
            .filter((t) => t.nodeId === worker.ID)
            .every((t) => t.state === "shutdown"),
        ).toBe(true);
      },
      { timeout: 5_000 },
    );
  });

  it("resyncs after the event stream drops, as after a daemon restart", async () => {
    const swarm = new SimulatedSwarm({ seed: 4, nodes: 3, services: [{ name: "web", replicas: 2 }] });
    const { engine, hub } = start(swarm);
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    engine.dropEventStreams();
    await vi.waitFor(() => expect(engine.calls.events).toBe(2));
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    expect(engine.calls.nodes).toBe(2);
  });
});
