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

/** The readout expected: what is focused, its heading and detail, and groups of LABEL: ITEMS. */
const readout = (kind: string, heading: string, detail: string, groups: Record<string, string[]>) => ({
  kind,
  heading,
  detail,
  groups: Object.entries(groups).map(([label, items]) => ({ label, items })),
});

describe("focusSummary", () => {
  it("shows a network's tasks grouped by the node they run on, with their addresses", () => {
    const want = readout("network", "collabnet", "2 tasks on 2 nodes", { worker1: ["web.1 10.250.9.3/24"], worker2: ["web.2 10.250.9.4/24"] });
    expect(focusSummary(graph, "network:c")).toEqual(want);
  });
  it("shows a node's tasks by network, and the ones on no overlay", () => {
    const want = readout("node", "worker2", "2 tasks", { collabnet: ["web.2 10.250.9.4/24"], other: ["web.2"], "no overlay network": ["web.3"] });
    expect(focusSummary(graph, "node:w2")).toEqual(want);
  });
  it("shows a task's state, node and addresses; nothing for an unknown key", () => {
    expect(focusSummary(graph, "task:t2")).toEqual(readout("task", "web.2", "running on worker2", { networks: ["collabnet 10.250.9.4/24", "other (no address)"] }));
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
