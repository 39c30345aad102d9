// Unit tests of the networks table rows: counts from the model, flags, order.
import { describe, expect, it } from "vitest";
import { network } from "@/test/fixtures/network-views";
import { byId, service, task } from "@/test/fixtures/views";
import { attachedTaskCounts, networkFlags, networkRows } from "./network-rows";

const collab = network({
  id: "n-collab",
  name: "collabnet",
  attachable: true,
  encrypted: true,
  subnets: [{ subnet: "10.250.9.0/24", gateway: "10.250.9.1", ipRange: null }],
  labels: { tier: "db", app: "x" },
  stack: "shop",
});
const bridge = network({ id: "n-bridge", name: "bridge", driver: "bridge", scope: "local", subnets: [{ subnet: "172.17.0.0/16", gateway: null, ipRange: null }] });
const ingress = network({ id: "n-ingress", name: "ingress", ingress: true });

const tasks = byId(
  task({
    id: "t1",
    serviceId: "s1",
    networks: [
      { id: "n-collab", addresses: ["10.250.9.3/24"] },
      { id: "n-ingress", addresses: [] },
    ],
  }),
  task({ id: "t2", serviceId: "s1", networks: [{ id: "n-collab", addresses: ["10.250.9.4/24"] }] }),
  task({ id: "t3", serviceId: "s1", state: "shutdown", networks: [{ id: "n-collab", addresses: ["10.250.9.5/24"] }] }),
  task({ id: "t4", serviceId: "s1", state: "starting", networks: [{ id: "n-collab", addresses: ["10.250.9.6/24"] }] }),
);

describe("networkRows", () => {
  it("counts tasks that have not ended, per network", () => {
    expect(attachedTaskCounts(tasks)).toEqual(
      new Map([
        ["n-collab", 3],
        ["n-ingress", 1],
      ]),
    );
  });
  it("names only the flags that are set", () => {
    expect(networkFlags(collab)).toEqual(["attachable", "encrypted"]);
    expect(networkFlags(ingress)).toEqual(["ingress"]);
    expect(networkFlags(bridge)).toEqual([]);
  });
  it("lists swarm networks first, with addressing, sorted labels and counts", () => {
    const rows = networkRows(byId(bridge, ingress, collab), byId(service({ id: "s1", name: "web", networks: ["n-collab"] })), tasks);
    expect(rows.map((r) => r.name)).toEqual(["collabnet", "ingress", "bridge"]);
    expect(rows[0]).toMatchObject({
      subnets: ["10.250.9.0/24"],
      gateways: ["10.250.9.1"],
      ipRanges: [],
      labels: [
        { key: "app", value: "x" },
        { key: "tier", value: "db" },
      ],
      stack: "shop",
      tasks: 3,
      services: 1,
    });
    expect(rows[2]).toMatchObject({ subnets: ["172.17.0.0/16"], gateways: [], tasks: 0, services: 0 });
  });
});
