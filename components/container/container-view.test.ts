// Unit tests of container network facts in words: modes, addresses, lists, order.
import { describe, expect, it } from "vitest";
import { containerFacts } from "@/test/fixtures/network-views";
import { byId, task } from "@/test/fixtures/views";
import { addressText, listText, LOOPBACK_ONLY, networkModeText, sortContainers, taskContainerSignature } from "./container-view";

const web = containerFacts({ name: "web", id: "aaaa1111bbbb2222" });
const all = [web];

describe("networkModeText", () => {
  it("says plainly that none leaves only loopback", () => {
    expect(networkModeText(containerFacts({ name: "n", networkMode: "none", loopbackOnly: true }), all)).toEqual({ mode: "none", explanation: LOOPBACK_ONLY });
    expect(LOOPBACK_ONLY).toBe("Only the loopback interface exists (network mode none).");
  });
  it("explains host, bridge, container:ID (by name when known) and user-defined networks", () => {
    expect(networkModeText(containerFacts({ name: "h", networkMode: "host" }), all).explanation).toMatch(/node's network stack/);
    const bridgeNet = { name: "bridge", id: null, ipv4: "172.17.0.3", prefixLength: 16, ipv6: null, gateway: "172.17.0.1", mac: null, aliases: [] };
    expect(networkModeText(containerFacts({ name: "b", networkMode: "default", networks: [bridgeNet] }), all)).toEqual({
      mode: "default",
      explanation: "On the node's docker0 bridge, through a veth pair.",
    });
    const overlay = { ...bridgeNet, name: "collabnet" };
    expect(networkModeText(containerFacts({ name: "t", networkMode: "default", taskId: "t1", networks: [overlay] }), all).explanation).toMatch(
      /^A swarm task on its service's networks/,
    );
    expect(networkModeText(containerFacts({ name: "s", networkMode: "container:aaaa1111bbbb2222" }), all).explanation).toBe("Shares the network stack of web.");
    expect(networkModeText(containerFacts({ name: "s", networkMode: "container:ffff0000ffff0000eeee" }), all).explanation).toBe(
      "Shares the network stack of container ffff0000ffff.",
    );
    expect(networkModeText(containerFacts({ name: "u", networkMode: "collabnet" }), all)).toEqual({ mode: "collabnet", explanation: "On the user-defined network collabnet." });
  });
});

describe("addresses, lists and order", () => {
  it("writes addresses with their prefix, IPv6 too, or says there is none", () => {
    const n = { name: "bridge", id: null, ipv4: "172.17.0.2", prefixLength: 16, ipv6: null, gateway: "172.17.0.1", mac: "02:42:ac:11:00:02", aliases: [] };
    expect(addressText(n)).toBe("172.17.0.2/16");
    expect(addressText({ ...n, ipv6: "fd00::2" })).toBe("172.17.0.2/16, fd00::2");
    expect(addressText({ ...n, ipv4: null })).toBe("no address");
    expect(listText([], "default")).toBe("default");
    expect(listText(["1.1.1.1", "8.8.8.8"], "default")).toBe("1.1.1.1, 8.8.8.8");
  });
  it("lists standalone containers before task containers", () => {
    const sorted = sortContainers([
      containerFacts({ name: "web.1.x", taskId: "t1", node: "manager1" }),
      containerFacts({ name: "zeta", node: "manager1" }),
      containerFacts({ name: "alpha", node: "worker1" }),
    ]);
    expect(sorted.map((c) => c.name)).toEqual(["zeta", "alpha", "web.1.x"]);
  });
  it("notices task containers coming and going", () => {
    const a = byId(task({ id: "t1", serviceId: "s", containerId: "c1" }), task({ id: "t2", serviceId: "s", containerId: null }));
    const b = byId(task({ id: "t1", serviceId: "s", containerId: "c1" }), task({ id: "t2", serviceId: "s", containerId: "c2" }));
    expect(taskContainerSignature(a)).toBe("c1:running");
    expect(taskContainerSignature(b)).not.toBe(taskContainerSignature(a));
  });
});
