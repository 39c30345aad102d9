// Unit tests for role ordering.
import { describe, expect, it } from "vitest";
import { isRole, roleAllows } from "./roles";

describe("roles", () => {
  // viewer < operator < admin
  it.each([
    ["admin", "operator", true],
    ["operator", "operator", true],
    ["viewer", "operator", false],
    ["operator", "admin", false],
  ] as const)("a %s may do what needs %s: %s", (have, need, allowed) => expect(roleAllows(have, need)).toBe(allowed));
  it("knows the role names", () => {
    expect(isRole("admin")).toBe(true);
    expect(isRole("root")).toBe(false);
  });
});
