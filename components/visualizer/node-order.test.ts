// Unit tests: node columns order (leader, other managers, workers; by hostname).
import { describe, expect, it } from "vitest";
import { manager, node } from "@/test/fixtures/views";
import { sortNodes } from "./node-order";

describe("sortNodes", () => {
  it("puts the leader first, then managers, then workers, each by hostname", () => {
    const nodes = [
      node({ id: "w2", hostname: "worker2" }),
      manager("m3", false, { hostname: "manager3" }),
      node({ id: "w10", hostname: "worker10" }),
      manager("m2", true, { hostname: "manager2" }),
      manager("m1", false, { hostname: "manager1" }),
      node({ id: "w1", hostname: "worker1" }),
    ];
    expect(sortNodes(nodes).map((n) => n.hostname)).toEqual(["manager2", "manager1", "manager3", "worker1", "worker2", "worker10"]);
  });

  it("does not modify its input and breaks hostname ties by id", () => {
    const nodes = [node({ id: "b", hostname: "same" }), node({ id: "a", hostname: "same" })];
    expect(sortNodes(nodes).map((n) => n.id)).toEqual(["a", "b"]);
    expect(nodes.map((n) => n.id)).toEqual(["b", "a"]);
  });
});
