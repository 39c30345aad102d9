// Unit tests of the Ports table rows and the routing-mesh selection.
import { describe, expect, it } from "vitest";
import { byId, node, service, task } from "@/test/fixtures/views";
import { portRows, publishedText, routingMeshRows } from "./port-rows";

const services = byId(
  service({ id: "s-web", name: "web", ports: [{ target: 80, published: 8080, protocol: "tcp", mode: "ingress" }] }),
  service({
    id: "s-dns",
    name: "dns",
    ports: [
      { target: 53, published: 53, protocol: "udp", mode: "host" },
      { target: 9153, published: null, protocol: "tcp", mode: "host" },
    ],
  }),
  service({ id: "s-quiet", name: "quiet" }),
);
const tasks = byId(
  task({ id: "t1", serviceId: "s-dns", nodeId: "w2", ports: [{ target: 53, published: 53, protocol: "udp", mode: "host" }] }),
  task({
    id: "t2",
    serviceId: "s-dns",
    nodeId: "w1",
    ports: [
      { target: 53, published: 53, protocol: "udp", mode: "host" },
      { target: 53, published: 53, protocol: "udp", mode: "host" },
    ],
  }),
  task({ id: "t3", serviceId: "s-dns", nodeId: "w1", state: "shutdown", ports: [{ target: 53, published: 53, protocol: "udp", mode: "host" }] }),
);
const nodes = byId(node({ id: "w1", hostname: "worker1" }), node({ id: "w2", hostname: "worker2" }));

describe("portRows", () => {
  it("lists every published port once, by published port, with host-mode bindings of live tasks (each once)", () => {
    const rows = portRows(services, tasks, nodes);
    expect(rows.map((r) => [r.serviceName, r.target, r.published, r.protocol, r.mode])).toEqual([
      ["dns", 53, 53, "udp", "host"],
      ["web", 80, 8080, "tcp", "ingress"],
      ["dns", 9153, null, "tcp", "host"],
    ]);
    expect(rows[0].hostBindings).toEqual(["worker1:53", "worker2:53"]);
    expect(rows[1].hostBindings).toEqual([]);
  });
  it("keeps only ingress-mode published ports for the routing mesh", () => {
    expect(routingMeshRows(portRows(services, tasks, nodes)).map((r) => r.serviceName)).toEqual(["web"]);
  });
  it("says how a port without a number is chosen", () => {
    const rows = portRows(services, tasks, nodes);
    expect(publishedText(rows[0])).toBe("53");
    expect(publishedText(rows[2])).toBe("random, per task");
  });
});
