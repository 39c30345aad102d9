// Unit tests of the topology readout: a network's tasks by node, a node's tasks by network, a task's addresses.
import { describe, expect, it } from "vitest";
import { network } from "@/test/fixtures/network-views";
import { byId, node, service, task } from "@/test/fixtures/views";
import { focusSummary, readoutSide } from "./focus-summary";
import { buildTopology } from "./topology-graph";

const graph = buildTopology(
  {
    nodes: byId(node({ id: "w1", hostname: "worker1" }), node({ id: "w2", hostname: "worker2" })),
    services: byId(service({ id: "s1", name: "web" })),
    networks: byId(network({ id: "c", name: "collabnet" }), network({ id: "o", name: "other" })),
    tasks: byId(
      task({ id: "t1", serviceId: "s1", slot: 1, nodeId: "w1", networks: [{ id: "c", addresses: ["10.250.9.3/24"] }] }),
      task({
        id: "t2",
        serviceId: "s1",
        slot: 2,
        nodeId: "w2",
        networks: [
          { id: "c", addresses: ["10.250.9.4/24"] },
          { id: "o", addresses: [] },
        ],
      }),
      task({ id: "t3", serviceId: "s1", slot: 3, nodeId: "w2" }),
    ),
  },
  { allTasks: false },
);

describe("focusSummary", () => {
  it("shows a network's tasks grouped by the node they run on, with their addresses", () => {
    expect(focusSummary(graph, "network:c")).toEqual({
      kind: "network",
      heading: "collabnet",
      detail: "2 tasks on 2 nodes",
      groups: [
        { label: "worker1", items: ["web.1 10.250.9.3/24"] },
        { label: "worker2", items: ["web.2 10.250.9.4/24"] },
      ],
    });
  });
  it("shows a node's tasks by network, and the ones on no overlay", () => {
    expect(focusSummary(graph, "node:w2")).toEqual({
      kind: "node",
      heading: "worker2",
      detail: "2 tasks",
      groups: [
        { label: "collabnet", items: ["web.2 10.250.9.4/24"] },
        { label: "other", items: ["web.2"] },
        { label: "no overlay network", items: ["web.3"] },
      ],
    });
  });
  it("shows a task's state, node and addresses; nothing for an unknown key", () => {
    expect(focusSummary(graph, "task:t2")).toEqual({
      kind: "task",
      heading: "web.2",
      detail: "running on worker2",
      groups: [{ label: "networks", items: ["collabnet 10.250.9.4/24", "other (no address)"] }],
    });
    expect(focusSummary(graph, "task:t3")!.groups).toEqual([{ label: "networks", items: ["no overlay network"] }]);
    expect(focusSummary(graph, "task:nope")).toBeNull();
    expect(focusSummary(graph, null)).toBeNull();
  });
});

describe("readoutSide", () => {
  it("puts the readout away from the focused thing, tasks counting where their node is", () => {
    expect(readoutSide(graph, "node:w1")).toBe("right");
    expect(readoutSide(graph, "node:w2")).toBe("left");
    expect(readoutSide(graph, "task:t2")).toBe("left");
    expect(readoutSide(graph, "network:c")).toBe("right");
    expect(readoutSide(graph, null)).toBe("right");
  });
});
