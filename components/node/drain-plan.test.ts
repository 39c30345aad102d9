// Unit tests of the drain plan: which tasks have to move, and when they have all left the node.
import { describe, expect, it } from "vitest";
import { byId, node, service, task } from "@/test/fixtures/views";
import { drainProgress, tasksToMove } from "./drain-plan";

const services = byId(service({ id: "s1", name: "web", replicas: 3 }), service({ id: "g", name: "agent", mode: "global", replicas: null }));
const nodes = byId(node({ id: "w1", hostname: "worker1" }), node({ id: "w2", hostname: "worker2" }));

describe("tasksToMove", () => {
  it("lists the node's tasks with desired state running, named like docker node ps", () => {
    const tasks = byId(
      task({ id: "a", serviceId: "s1", slot: 3, nodeId: "w2" }),
      task({ id: "b", serviceId: "s1", slot: 1, nodeId: "w2" }),
      task({ id: "c", serviceId: "s1", slot: 2, nodeId: "w1" }),
      task({ id: "d", serviceId: "s1", slot: 4, nodeId: "w2", state: "shutdown", desiredState: "shutdown" }),
      task({ id: "e", serviceId: "g", slot: null, nodeId: "w2" }),
    );
    expect(tasksToMove("w2", tasks, services)).toEqual([
      { taskId: "e", label: "agent.w2", serviceId: "g", global: true },
      { taskId: "b", label: "web.1", serviceId: "s1", global: false },
      { taskId: "a", label: "web.3", serviceId: "s1", global: false },
    ]);
  });
});

describe("drainProgress", () => {
  it("is not done while a listed task is still up on the node, and names its replacement", () => {
    const tasks = byId(
      task({ id: "a", serviceId: "s1", slot: 1, nodeId: "w2", state: "running", desiredState: "shutdown" }),
      task({ id: "a2", serviceId: "s1", slot: 1, nodeId: "w1", state: "starting", createdAt: "2024-01-01T00:01:00Z" }),
    );
    const p = drainProgress("w2", ["a"], tasks, services, nodes);
    expect(p).toMatchObject({ remaining: 1, done: false, replaced: 0 });
    expect(p.lines[0]).toMatchObject({ label: "web.1", onNode: true, replacement: { taskId: "a2", nodeName: "worker1", state: "starting" } });
  });

  it("is done once every listed task has stopped or been deleted", () => {
    const tasks = byId(
      task({ id: "a", serviceId: "s1", slot: 1, nodeId: "w2", state: "shutdown", desiredState: "shutdown" }),
      task({ id: "a2", serviceId: "s1", slot: 1, nodeId: "w1", state: "running", createdAt: "2024-01-01T00:01:00Z" }),
    );
    const p = drainProgress("w2", ["a", "gone"], tasks, services, nodes);
    expect(p).toMatchObject({ remaining: 0, done: true, replaced: 1 });
    expect(p.lines[1]).toMatchObject({ label: "gone", state: null, onNode: false, replacement: null });
  });

  it("does not look for a replacement of a global task", () => {
    const tasks = byId(task({ id: "e", serviceId: "g", slot: null, nodeId: "w2", state: "running", desiredState: "shutdown" }));
    expect(drainProgress("w2", ["e"], tasks, services, nodes).lines[0]).toMatchObject({ global: true, replacement: null, onNode: true });
  });
});
