// Unit tests of the network detail's pure parts: refetch signature, task rows, attach rules.
import { describe, expect, it } from "vitest";
import type { NetworkDetail } from "@/lib/detail-types";
import { network } from "@/test/fixtures/network-views";
import { byId, service, task } from "@/test/fixtures/views";
import { attachableServices, attachRefusal, networkSignature, taskRows } from "./network-detail";

const collab = network({ id: "c", name: "collabnet" });
const model = {
  networks: byId(collab, network({ id: "o", name: "other" })),
  services: byId(service({ id: "s1", name: "web", networks: ["c"] }), service({ id: "s2", name: "api", networks: ["o"] })),
  tasks: byId(
    task({ id: "t1", serviceId: "s1", slot: 1, networks: [{ id: "c", addresses: ["10.250.9.3/24"] }] }),
    task({ id: "t9", serviceId: "s2", slot: 1, networks: [{ id: "o", addresses: ["10.250.10.3/24"] }] }),
  ),
};

describe("networkSignature", () => {
  it("changes when a task on the network changes, and not for other networks' tasks", () => {
    const before = networkSignature(model, "c");
    const moved = { ...model, tasks: { ...model.tasks, t1: { ...model.tasks.t1, nodeId: "n2" } } };
    expect(networkSignature(moved, "c")).not.toBe(before);
    const other = { ...model, tasks: { ...model.tasks, t9: { ...model.tasks.t9, state: "failed" as const } } };
    expect(networkSignature(other, "c")).toBe(before);
    const joined = { ...model, tasks: { ...model.tasks, t2: task({ id: "t2", serviceId: "s1", slot: 2, networks: [{ id: "c", addresses: [] }] }) } };
    expect(networkSignature(joined, "c")).not.toBe(before);
    const attached = { ...model, services: { ...model.services, s2: { ...model.services.s2, networks: ["o", "c"] } } };
    expect(networkSignature(attached, "c")).not.toBe(before);
  });
});

describe("taskRows", () => {
  const detail: NetworkDetail = {
    network: collab,
    services: [{ id: "s1", name: "web" }],
    containers: [],
    tasks: [
      { taskId: "old", serviceId: "s1", serviceName: "web", slot: 1, nodeId: "n1", nodeName: "worker1", state: "shutdown", addresses: ["10.250.9.2/24"] },
      { taskId: "t3", serviceId: "s1", serviceName: "web", slot: 3, nodeId: null, nodeName: null, state: "pending", addresses: [] },
      { taskId: "t1", serviceId: "s1", serviceName: "web", slot: 1, nodeId: "n1", nodeName: "worker1", state: "running", addresses: ["10.250.9.3/24"] },
      { taskId: "g1", serviceId: "s3", serviceName: "agent", slot: null, nodeId: "abcdefghijkl", nodeName: "worker2", state: "running", addresses: ["10.250.9.9/24"] },
    ],
  };
  it("puts live tasks first, names them like docker service ps, and says where they run", () => {
    const rows = taskRows(detail, model);
    expect(rows.map((r) => [r.name, r.nodeName, r.state, r.ended])).toEqual([
      ["agent.g1", "worker2", "running", false],
      ["web.1", "worker1", "running", false],
      ["web.3", "not on a node", "pending", false],
      ["web.1", "worker1", "shutdown", true],
    ]);
    expect(rows[1].addresses).toEqual(["10.250.9.3/24"]);
  });
});

describe("attach rules", () => {
  it("refuses the ingress network and local networks, in words", () => {
    expect(attachRefusal(collab)).toBeNull();
    expect(attachRefusal(network({ id: "i", name: "ingress", ingress: true }))).toMatch(/ingress network/);
    expect(attachRefusal(network({ id: "b", name: "bridge", scope: "local" }))).toBe("bridge is a local network: services attach only to swarm-scope (overlay) networks.");
  });
  it("offers the services not yet attached", () => {
    expect(attachableServices(model.services, "c").map((s) => s.name)).toEqual(["api"]);
  });
});
