// Unit tests of the manager quorum checks behind promote and demote.
import { describe, expect, it } from "vitest";
import type { NodeView } from "./model-types";
import { checkRoleChange } from "./manager-quorum";

function node(id: string, role: "manager" | "worker", reachability: "reachable" | "unreachable" = "reachable"): NodeView {
  return {
    id,
    version: 1,
    hostname: id,
    role,
    availability: "active",
    status: "ready",
    statusMessage: null,
    addr: null,
    manager: role === "manager" ? { leader: id === "m1", reachability, addr: "" } : null,
    engineVersion: null,
    os: null,
    arch: null,
    cpus: null,
    memoryBytes: null,
    labels: {},
    createdAt: "",
    updatedAt: "",
  };
}

describe("checkRoleChange", () => {
  it("refuses to demote the last manager", () => {
    expect(checkRoleChange([node("m1", "manager"), node("w1", "worker")], "m1", "worker").refusal).toMatch(/last manager/);
  });
  it("warns that demoting one of 3 managers leaves an even number", () => {
    const r = checkRoleChange([node("m1", "manager"), node("m2", "manager"), node("m3", "manager")], "m3", "worker");
    expect(r.refusal).toBeNull();
    expect(r.warnings.join(" ")).toMatch(/2 managers is an even number/);
  });
  it("warns when a demotion would lose quorum", () => {
    const nodes = [node("m1", "manager"), node("m2", "manager"), node("m3", "manager", "unreachable")];
    expect(checkRoleChange(nodes, "m2", "worker").warnings.join(" ")).toMatch(/lose quorum/);
  });
  it("has nothing to say when promoting to 3 managers", () => {
    expect(checkRoleChange([node("m1", "manager"), node("m2", "manager"), node("w1", "worker")], "w1", "manager")).toEqual({ refusal: null, warnings: [] });
  });
});
