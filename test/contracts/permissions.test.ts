// Unit tests of which controls a session gets, and that each control asks for the role the server checks on its routes.
import { describe, expect, it } from "vitest";
import { ROUTES } from "@/server/http/router";
import type { Me } from "@/lib/session";
import { allowedControls, allows, CONTROLS } from "../../components/nav/permissions";

const local: Me = { mode: "local", user: null, role: "admin" };
const as = (role: "viewer" | "operator" | "admin"): Me => ({ mode: "auth", user: "u", role });
const share: Me = { mode: "share", user: null, role: "viewer", share: { id: "s1", label: "Wall", expiresAt: null } };

describe("allowedControls", () => {
  it("gives nothing before /me answers, to viewers and to share sessions", () => {
    expect(allowedControls(null)).toEqual([]);
    expect(allowedControls(as("viewer"))).toEqual([]);
    expect(allowedControls(share)).toEqual([]);
  });
  it("gives operators the service, stack, network, secret/config and availability/label controls and Present, not the admin ones", () => {
    expect(allowedControls(as("operator")).sort()).toEqual(
      ["createService", "networks", "nodeAvailability", "nodeLabels", "present", "scale", "serviceOps", "stacks", "swarmData"].sort(),
    );
    expect(allows(as("operator"), "nodeRole")).toBe(false);
    expect(allows(as("operator"), "nodeRemove")).toBe(false);
    expect(allows(as("operator"), "joinSecrets")).toBe(false);
    expect(allows(as("operator"), "admin")).toBe(false);
  });
  it("gives admins and local mode everything", () => {
    expect(allowedControls(as("admin"))).toEqual(Object.keys(CONTROLS));
    expect(allowedControls(local)).toEqual(Object.keys(CONTROLS));
  });
});

describe("CONTROLS", () => {
  const serverRoles = new Map(ROUTES.map((r) => [`${r.method} ${r.path}`, r.role]));
  it("names only routes the server has, each needing exactly the control's role", () => {
    for (const [control, rule] of Object.entries(CONTROLS)) {
      for (const route of rule.routes) expect({ control, route, role: serverRoles.get(route) }).toEqual({ control, route, role: rule.need });
    }
  });
  it("covers every route beyond a viewer's reach, so a new one gets a gate in the UI", () => {
    const covered = new Set(Object.values(CONTROLS).flatMap((r) => r.routes as readonly string[]));
    const guarded = [...serverRoles].filter(([key, role]) => role !== "public" && role !== "viewer" && !covered.has(key)).map(([key]) => key);
    expect(guarded).toEqual([]);
  });
});
