// Unit tests of simulated nodes: power loss and return (tasks restarted elsewhere, leader moves), promote/demote, removal, labels, and node events.
import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../../../lib/engine-types";
import { SimulatedSwarm } from "./swarm";
import { hostOf, nodeNamed, perNode, running, setNode, spec, tasksOf } from "./sim-test-helpers";

function swarm5() {
  const swarm = new SimulatedSwarm({ seed: 7, nodes: 5, defaultNetwork: false });
  swarm.createService(spec("web", { replicas: 5 }));
  swarm.createService({ ...spec("agent"), Mode: { Global: {} } });
  swarm.settle();
  const events: EngineEvent[] = [];
  swarm.onEvent((e) => events.push(e));
  return { swarm, events };
}

describe("SimulatedSwarm nodes", () => {
  it("a worker that loses power: down at once, its tasks restarted elsewhere after the heartbeat grace, shut down when it is back", () => {
    const { swarm, events } = swarm5();
    const w1 = nodeNamed(swarm, "worker1");
    const lost = running(tasksOf(swarm, "web")).filter((t) => t.NodeID === w1.ID);
    expect(lost).toHaveLength(1);
    swarm.setNodeState("worker1", "down");
    expect(swarm.node(w1.ID)?.Status).toEqual({ State: "down", Message: "heartbeat failure", Addr: w1.Status.Addr });
    expect(events.map((e) => [e.Type, e.Action, e.Actor.Attributes])).toEqual([["node", "update", { name: "worker1", "state.old": "ready", "state.new": "down" }]]);
    swarm.advance(10_000);
    expect(swarm.task(lost[0].ID)?.DesiredState).toBe("running"); // not yet: the managers wait for the heartbeat grace
    swarm.advance(10_000);
    swarm.settle();
    // Replaced: desired shutdown, still "running" as last reported (the node cannot say otherwise); the slot runs elsewhere.
    expect(swarm.task(lost[0].ID)).toMatchObject({ DesiredState: "shutdown", Status: { State: "running" } });
    const web = running(tasksOf(swarm, "web")).filter((t) => t.DesiredState === "running");
    expect(web.map((t) => hostOf(swarm, t))).not.toContain("worker1");
    expect(web.map((t) => t.Slot).sort()).toEqual([1, 2, 3, 4, 5]);
    // The global task stays with its node; ServiceStatus counts only tasks on ready nodes.
    expect(swarm.services().find((s) => s.Spec.Name === "agent")?.ServiceStatus).toEqual({ RunningTasks: 4, DesiredTasks: 5 });
    swarm.setNodeState("worker1", "ready");
    swarm.settle();
    expect(swarm.task(lost[0].ID)?.Status.State).toBe("shutdown");
    expect(swarm.services().find((s) => s.Spec.Name === "agent")?.ServiceStatus).toEqual({ RunningTasks: 5, DesiredTasks: 5 });
  });

  it("the leader going down: unreachable, and another manager leads", () => {
    const { swarm, events } = swarm5();
    expect(swarm.leader().Description?.Hostname).toBe("manager1");
    swarm.setNodeState("manager1", "down");
    expect(nodeNamed(swarm, "manager1").ManagerStatus).toMatchObject({ Leader: false, Reachability: "unreachable" });
    expect(swarm.leader().Description?.Hostname).toBe("manager2");
    expect(events.map((e) => e.Actor.Attributes)).toEqual([
      {
        name: "manager1",
        "state.old": "ready",
        "state.new": "down",
        "reachability.old": "reachable",
        "reachability.new": "unreachable",
        "leader.old": "true",
        "leader.new": "false",
      },
      { name: "manager2", "leader.old": "false", "leader.new": "true" },
    ]);
    swarm.setNodeState("manager1", "ready");
    expect(nodeNamed(swarm, "manager1").ManagerStatus).toMatchObject({ Leader: false, Reachability: "reachable" });
    expect(swarm.nodes().filter((n) => n.ManagerStatus?.Leader)).toHaveLength(1);
  });

  it("promote and demote: ManagerStatus appears and goes; the last manager cannot be demoted; the demoted leader hands over", () => {
    const swarm = new SimulatedSwarm({ seed: 8, nodes: 3, managers: 1, defaultNetwork: false });
    const events: EngineEvent[] = [];
    swarm.onEvent((e) => events.push(e));
    expect(() => setNode(swarm, "manager1", { Role: "worker" })).toThrow(
      expect.objectContaining({ status: 400, message: "rpc error: code = FailedPrecondition desc = attempting to demote the last manager of the swarm" }),
    );
    setNode(swarm, "worker1", { Role: "manager" });
    expect(nodeNamed(swarm, "worker1").ManagerStatus).toEqual({ Leader: false, Reachability: "reachable", Addr: `${nodeNamed(swarm, "worker1").Status.Addr}:2377` });
    expect(events[0].Actor.Attributes).toEqual({ name: "worker1", "role.old": "worker", "role.new": "manager" });
    setNode(swarm, "manager1", { Role: "worker" });
    expect(nodeNamed(swarm, "manager1").ManagerStatus).toBeUndefined();
    expect(swarm.leader().Description?.Hostname).toBe("worker1");
  });

  it("node removal: a manager must be demoted, a ready node needs force; its tasks start again elsewhere", () => {
    const { swarm, events } = swarm5();
    const m3 = nodeNamed(swarm, "manager3");
    expect(() => swarm.removeNode("manager3")).toThrow(
      expect.objectContaining({
        status: 400,
        message: `rpc error: code = FailedPrecondition desc = node ${m3.ID} is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal`,
      }),
    );
    const w2 = nodeNamed(swarm, "worker2");
    expect(() => swarm.removeNode("worker2")).toThrow(
      expect.objectContaining({ status: 400, message: `rpc error: code = FailedPrecondition desc = node ${w2.ID} is not down and can't be removed` }),
    );
    swarm.removeNode("worker2", true);
    swarm.settle();
    expect(swarm.node(w2.ID)).toBeNull();
    expect(events.at(0)).toMatchObject({ Type: "node", Action: "remove", Actor: { ID: w2.ID, Attributes: { name: "worker2" } } });
    expect(
      running(tasksOf(swarm, "web"))
        .map((t) => t.Slot)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(Object.keys(perNode(swarm, running(tasksOf(swarm, "agent"))))).toHaveLength(4);
    swarm.setNodeState("worker1", "down");
    swarm.removeNode("worker1");
    expect(swarm.nodes()).toHaveLength(3);
  });

  it("node labels: set through the spec and shown back", () => {
    const { swarm, events } = swarm5();
    setNode(swarm, "worker1", { Labels: { tier: "front" } });
    expect(nodeNamed(swarm, "worker1").Spec.Labels).toEqual({ tier: "front" });
    expect(events.map((e) => e.Actor.Attributes)).toEqual([{ name: "worker1" }]);
    expect(() => swarm.updateNode("worker1", 1, nodeNamed(swarm, "worker1").Spec)).toThrow(
      expect.objectContaining({ status: 500, message: "rpc error: code = Unknown desc = update out of sequence" }),
    );
  });
});
