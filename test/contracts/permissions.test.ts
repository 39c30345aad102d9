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
  it("keeps only the controls that write nothing to the engine while it is read-only (a socket proxy refused a write)", () => {
    expect(allowedControls(local, true).sort()).toEqual(["admin", "joinSecrets", "present"]);
    expect(allowedControls(as("operator"), true)).toEqual(["present"]);
    expect(allows(as("admin"), "scale", true)).toBe(false);
    expect(allows(as("admin"), "scale", false)).toBe(true);
  });
});

describe("CONTROLS", () => {
  const serverRoles = new Map(ROUTES.map((r) => [`${r.method} ${r.path}`, r.role]));
  it("names only routes the server has, each needing exactly the control's role", () => {
    for (const [control, rule] of Object.entries(CONTROLS)) {
      for (const route of rule.routes) expect({ control, route, role: serverRoles.get(route) }).toEqual({ control, route, role: rule.need });
    }
  });
  it("marks as writes exactly the controls whose routes reach an engine write", () => {
    const engineFree = ["POST /api/v1/present-links", "GET /api/v1/swarm/join-tokens", "GET /api/v1/swarm/unlock-key", "/api/v1/users", "/api/v1/share-links", "/api/v1/audit"];
    for (const [control, rule] of Object.entries(CONTROLS)) {
      const writes = rule.routes.some((r) => !engineFree.some((free) => r.includes(free)));
      expect({ control, writes }).toEqual({ control, writes: rule.writes });
    }
  });
  it("covers every route beyond a viewer's reach, so a new one gets a gate in the UI", () => {
    const covered = new Set(Object.values(CONTROLS).flatMap((r) => r.routes as readonly string[]));
    const guarded = [...serverRoles].filter(([key, role]) => role !== "public" && role !== "viewer" && !covered.has(key)).map(([key]) => key);
    expect(guarded).toEqual([]);
  });
});
