// Unit tests of the simulated swarm on its logical clock: shapes and counts, determinism, the task lifecycle, scale, drain, rolling updates, history.
import { describe, expect, it } from "vitest";
import type { EngineEvent, EngineTask, TaskState } from "../../../lib/engine-types";
import { normalizeTask } from "../../model/normalize";
import { SimulatedSwarm } from "./swarm";

const live = (tasks: EngineTask[]) => tasks.filter((t) => t.DesiredState === "running");
const running = (tasks: EngineTask[]) => live(tasks).filter((t) => t.Status.State === "running");
const ofService = (swarm: SimulatedSwarm, name: string) => {
  const id = swarm.services().find((s) => s.Spec.Name === name)!.ID;
  return swarm.tasks().filter((t) => t.ServiceID === id);
};
const slots = (tasks: EngineTask[]) => tasks.map((t) => t.Slot!).sort((a, b) => a - b);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function scale(swarm: SimulatedSwarm, name: string, replicas: number) {
  const service = swarm.services().find((s) => s.Spec.Name === name)!;
  swarm.updateService(service.ID, service.Version.Index, { ...service.Spec, Mode: { Replicated: { Replicas: replicas } } });
}

function setAvailability(swarm: SimulatedSwarm, hostname: string, availability: "active" | "pause" | "drain") {
  const node = swarm.nodes().find((n) => n.Description?.Hostname === hostname)!;
  swarm.updateNode(node.ID, node.Version.Index, { ...node.Spec, Availability: availability });
  return node.ID;
}

describe("SimulatedSwarm", () => {
  it("builds the asked-for swarm, settled: 3 managers (one leader), every replica running in its own slot, spread evenly", () => {
    const swarm = new SimulatedSwarm({
      seed: 3,
      nodes: 10,
      services: [
        { name: "web", replicas: 20 },
        { name: "api", replicas: 5 },
      ],
    });
    const nodes = swarm.nodes();
    expect(nodes).toHaveLength(10);
    expect(nodes.filter((n) => n.Spec.Role === "manager").map((n) => n.Description?.Hostname)).toEqual(["manager1", "manager2", "manager3"]);
    expect(nodes.filter((n) => n.ManagerStatus?.Leader)).toHaveLength(1);
    expect(running(ofService(swarm, "web"))).toHaveLength(20);
    expect(slots(ofService(swarm, "web"))).toEqual(range(1, 20));
    expect(swarm.services().map((s) => [s.Spec.Name, s.ServiceStatus])).toEqual([
      ["web", { RunningTasks: 20, DesiredTasks: 20 }],
      ["api", { RunningTasks: 5, DesiredTasks: 5 }],
    ]);
    const perNode = new Map<string, number>();
    for (const t of swarm.tasks()) perNode.set(t.NodeID!, (perNode.get(t.NodeID!) ?? 0) + 1);
    expect([...perNode.values()].sort()).toEqual([2, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
    // Shapes the normalizer reads: every task becomes a full view with node, container and network address.
    const view = normalizeTask(swarm.tasks()[0]);
    expect(view).toMatchObject({ state: "running", desiredState: "running", message: "started", image: "lab/busybox:1" });
    expect(view.containerId).toMatch(/^[0-9a-f]{64}$/);
    expect(view.networks[0].addresses[0]).toMatch(/^10\.6\d\.\d+\.\d+\/10$/);
    expect(swarm.tasks()[0].ID).toMatch(/^[a-z0-9]{25}$/);
  });

  it("is deterministic for a seed: same writes at the same times give the same swarm", () => {
    const run = (seed: number) => {
      const swarm = new SimulatedSwarm({ seed, nodes: 6, services: [{ name: "web", replicas: 8 }] });
      scale(swarm, "web", 12);
      swarm.advance(120);
      setAvailability(swarm, "worker2", "drain");
      swarm.settle();
      return JSON.stringify([swarm.nodes(), swarm.services(), swarm.tasks()]);
    };
    expect(run(42)).toBe(run(42));
    expect(run(42)).not.toBe(run(43));
  });

  it("walks a new task through new → pending → assigned → accepted → preparing → ready → starting → running, bumping Version.Index and Timestamp", () => {
    const swarm = new SimulatedSwarm({ seed: 5, nodes: 3, services: [{ name: "web", replicas: 1 }] });
    scale(swarm, "web", 2);
    const seen: { state: TaskState; version: number; at: string }[] = [];
    for (let i = 0; i < 3000 && seen.at(-1)?.state !== "running"; i++) {
      const t = ofService(swarm, "web").find((x) => x.Slot === 2)!;
      if (seen.at(-1)?.state !== t.Status.State) seen.push({ state: t.Status.State, version: t.Version.Index, at: t.Status.Timestamp! });
      swarm.advance(1);
    }
    expect(seen.map((s) => s.state)).toEqual(["new", "pending", "assigned", "accepted", "preparing", "ready", "starting", "running"]);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].version).toBeGreaterThan(seen[i - 1].version);
      expect(Date.parse(seen[i].at)).toBeGreaterThanOrEqual(Date.parse(seen[i - 1].at));
    }
  });

  it("scales up into new slots and down by removing slots (their tasks stop, then disappear), with service events", () => {
    const swarm = new SimulatedSwarm({ seed: 9, nodes: 5, services: [{ name: "web", replicas: 10 }] });
    const events: EngineEvent[] = [];
    swarm.onEvent((e) => events.push(e));
    scale(swarm, "web", 20);
    expect(events.at(-1)).toMatchObject({ Type: "service", Action: "update", Actor: { Attributes: { "replicas.old": "10", "replicas.new": "20" } } });
    swarm.settle();
    expect(slots(running(ofService(swarm, "web")))).toEqual(range(1, 20));
    scale(swarm, "web", 4);
    expect(live(ofService(swarm, "web"))).toHaveLength(4);
    expect(ofService(swarm, "web").filter((t) => t.DesiredState === "remove")).toHaveLength(16);
    swarm.settle();
    expect(ofService(swarm, "web")).toHaveLength(4);
    expect(running(ofService(swarm, "web"))).toHaveLength(4);
    expect(swarm.services()[0].ServiceStatus).toEqual({ RunningTasks: 4, DesiredTasks: 4 });
  });

  it("drains a node: its tasks shut down (kept as history) and their slots start again on other nodes", () => {
    const swarm = new SimulatedSwarm({ seed: 11, nodes: 4, services: [{ name: "web", replicas: 8 }] });
    const events: EngineEvent[] = [];
    swarm.onEvent((e) => events.push(e));
    const before = running(swarm.tasks());
    const drained = setAvailability(swarm, "worker1", "drain");
    const moved = before.filter((t) => t.NodeID === drained);
    expect(moved.length).toBeGreaterThan(0);
    expect(events).toEqual([
      expect.objectContaining({ Type: "node", Actor: { ID: drained, Attributes: { name: "worker1", "availability.old": "active", "availability.new": "drain" } } }),
    ]);
    swarm.settle();
    const after = swarm.tasks();
    expect(running(after).some((t) => t.NodeID === drained)).toBe(false);
    expect(slots(running(after))).toEqual(range(1, 8));
    for (const t of moved) expect(after.find((x) => x.ID === t.ID)).toMatchObject({ DesiredState: "shutdown", Status: { State: "shutdown" } });
    expect(swarm.node(drained)?.Spec.Availability).toBe("drain");
  });

  it('leaves tasks pending with "no suitable node" while every node is drained, and places them once one is active again', () => {
    const swarm = new SimulatedSwarm({ seed: 2, nodes: 1, managers: 1, services: [{ name: "web", replicas: 2 }] });
    setAvailability(swarm, "manager1", "drain");
    swarm.settle();
    const pending = live(swarm.tasks());
    // As swarmkit: the scheduler's reason is Status.Err; Message stays "pending task scheduling".
    expect(pending.map((t) => [t.Status.State, t.Status.Message, t.Status.Err])).toEqual([
      ["pending", "pending task scheduling", "no suitable node (1 node not available for new tasks)"],
      ["pending", "pending task scheduling", "no suitable node (1 node not available for new tasks)"],
    ]);
    setAvailability(swarm, "manager1", "active");
    swarm.settle();
    expect(running(swarm.tasks())).toHaveLength(2);
  });

  it("rolls an image update out one task at a time, reports UpdateStatus, and keeps at most 5 tasks per slot", () => {
    const swarm = new SimulatedSwarm({ seed: 4, nodes: 3, services: [{ name: "web", replicas: 3 }] });
    const events: EngineEvent[] = [];
    swarm.onEvent((e) => events.push(e));
    for (let round = 2; round <= 7; round++) {
      const s = swarm.services()[0];
      swarm.updateService(s.ID, s.Version.Index, { ...s.Spec, TaskTemplate: { ContainerSpec: { Image: `lab/busybox:${round}` } } });
      expect(swarm.services()[0].UpdateStatus?.State).toBe("updating");
      // parallelism 1, stop-first: the replacement is held at desired "ready" until the old task has stopped (as swarmkit's updater)
      expect(ofService(swarm, "web").filter((t) => (t.DesiredState === "running" || t.DesiredState === "ready") && t.Status.State !== "running")).toHaveLength(1);
      swarm.settle();
      expect(swarm.services()[0].UpdateStatus).toMatchObject({ State: "completed", Message: "update completed" });
      expect(running(swarm.tasks()).map((t) => t.Spec.ContainerSpec?.Image)).toEqual(Array(3).fill(`lab/busybox:${round}`));
    }
    const perSlot = new Map<number, number>();
    for (const t of swarm.tasks()) perSlot.set(t.Slot!, (perSlot.get(t.Slot!) ?? 0) + 1);
    expect([...perSlot.values()]).toEqual([5, 5, 5]);
    expect(events.filter((e) => e.Actor.Attributes?.["updatestate.new"] === "completed")).toHaveLength(6);
  });

  it('refuses a write at a stale version ("update out of sequence") and an unknown object (404)', () => {
    const swarm = new SimulatedSwarm({ seed: 1, nodes: 2, services: [{ name: "web", replicas: 1 }] });
    const s = swarm.services()[0];
    scale(swarm, "web", 2);
    expect(() => swarm.updateService(s.ID, s.Version.Index, s.Spec)).toThrow(
      expect.objectContaining({ status: 500, message: "rpc error: code = Unknown desc = update out of sequence" }),
    );
    expect(() => swarm.updateNode("nope", 1, { Role: "worker", Availability: "drain" })).toThrow(expect.objectContaining({ status: 404 }));
  });

  it("removes a service at once and its tasks once they have stopped", () => {
    const swarm = new SimulatedSwarm({
      seed: 8,
      nodes: 3,
      services: [
        { name: "web", replicas: 3 },
        { name: "api", replicas: 2 },
      ],
    });
    swarm.removeService(swarm.services()[0].ID);
    expect(swarm.services().map((s) => s.Spec.Name)).toEqual(["api"]);
    expect(swarm.tasks()).toHaveLength(5);
    swarm.settle();
    expect(swarm.tasks()).toHaveLength(2);
  });
});
