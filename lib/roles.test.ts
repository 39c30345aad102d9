// Unit tests for role ordering.
import { describe, expect, it } from "vitest";
import { isRole, roleAllows } from "./roles";

describe("roles", () => {
  it("orders viewer < operator < admin", () => {
    expect(roleAllows("admin", "operator")).toBe(true);
    expect(roleAllows("operator", "operator")).toBe(true);
    expect(roleAllows("viewer", "operator")).toBe(false);
    expect(roleAllows("operator", "admin")).toBe(false);
    expect(isRole("admin")).toBe(true);
    expect(isRole("root")).toBe(false);
  });
});
