// Unit tests of the topology graph built from the model: which nodes, networks and tasks, and their edges.
import { describe, expect, it } from "vitest";
import { network } from "@/test/fixtures/network-views";
import { byId, manager, node, service, task } from "@/test/fixtures/views";
import { buildTopology, overlayNetworks } from "./topology-graph";

const model = {
  nodes: byId(node({ id: "w1", hostname: "worker1" }), manager("m1", true, { hostname: "manager1" }), node({ id: "w2", hostname: "worker2", status: "down" })),
  services: byId(service({ id: "s1", name: "web" }), service({ id: "s2", name: "db", mode: "global" })),
  networks: byId(
    network({ id: "n-ing", name: "ingress", ingress: true }),
    network({ id: "n-collab", name: "collabnet", subnets: [{ subnet: "10.250.9.0/24", gateway: null, ipRange: null }] }),
    network({ id: "n-bridge", name: "bridge", driver: "bridge", scope: "local" }),
  ),
  tasks: byId(
    task({
      id: "t1",
      serviceId: "s1",
      slot: 1,
      nodeId: "w1",
      networks: [
        { id: "n-collab", addresses: ["10.250.9.3/24"] },
        { id: "n-ing", addresses: ["10.240.0.5/24"] },
      ],
    }),
    task({ id: "t2", serviceId: "s1", slot: 2, nodeId: "m1", networks: [{ id: "n-collab", addresses: ["10.250.9.4/24"] }] }),
    task({ id: "t3", serviceId: "s1", slot: 3, nodeId: "w1", state: "shutdown", networks: [{ id: "n-collab", addresses: [] }] }),
    task({ id: "t4", serviceId: "s2", slot: null, nodeId: "w2abcdef", state: "running", networks: [{ id: "n-gone", addresses: [] }] }),
    task({ id: "t5", serviceId: "s-gone", slot: 1, nodeId: null, state: "running" }),
  ),
};

describe("buildTopology", () => {
  it("has the swarm nodes in column order, overlay networks only (ingress last), and running tasks only by default", () => {
    const g = buildTopology(model, { allTasks: false });
    expect(g.nodes.filter((n) => n.kind === "node").map((n) => [n.label, n.rank, n.manager, n.down])).toEqual([
      ["manager1", 0, true, false],
      ["worker1", 1, false, false],
      ["worker2", 2, false, true],
    ]);
    expect(g.nodes.filter((n) => n.kind === "network").map((n) => [n.label, n.ingress])).toEqual([
      ["collabnet", false],
      ["ingress", true],
    ]);
    expect(overlayNetworks(model.networks).map((n) => n.name)).toEqual(["collabnet", "ingress"]);
    expect(g.nodes.filter((n) => n.kind === "task").map((n) => n.id)).toEqual(["t5", "t1", "t2", "t4"]);
  });

  it("links each task to the node it runs on and to every overlay it is attached to", () => {
    const g = buildTopology(model, { allTasks: false });
    expect(g.links.map((l) => [l.source, l.target, l.kind])).toEqual([
      ["task:t1", "node:w1", "runs-on"],
      ["task:t1", "network:n-collab", "attached"],
      ["task:t1", "network:n-ing", "attached"],
      ["task:t2", "node:m1", "runs-on"],
      ["task:t2", "network:n-collab", "attached"],
    ]);
    const t1 = g.nodes.find((n) => n.key === "task:t1")!;
    expect(t1).toMatchObject({ label: "web.1", serviceName: "web", state: "running", anchor: "node:w1" });
    expect(t1.title).toBe("web.1 — running on worker1\ncollabnet 10.250.9.3/24\ningress 10.240.0.5/24");
  });

  it("names tasks as the CLI does, also when the service or node is unknown, and never says undefined", () => {
    const g = buildTopology(model, { allTasks: true });
    const label = (id: string) => g.nodes.find((n) => n.id === id)!;
    expect(label("t3").state).toBe("shutdown");
    expect(label("t4").label).toBe("db.w2abcd");
    expect(label("t4").anchor).toBeNull();
    expect(label("t5").label).toBe("service s-gone.1");
    expect(label("t5").title).toBe("service s-gone.1 — running not on a node");
    for (const n of g.nodes) expect(`${n.label} ${n.title}`).not.toMatch(/undefined|null/);
  });
});
