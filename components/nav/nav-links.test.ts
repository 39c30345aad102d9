// Unit tests of which nav link a path belongs to, and which links a session sees.
import { describe, expect, it } from "vitest";
import type { Me } from "@/lib/session";
import { activeHref, navLinksFor } from "./nav-links";

const labels = (me: Me | null) => navLinksFor(me).map((l) => l.label);
const BASE = ["Visualizer", "Swarm", "Networks", "Topology", "Timeline", "Containers", "Stacks", "Secrets", "Configs"];

describe("activeHref", () => {
  // A page and the pages under it, and / only exactly.
  it.each([
    ["/", "/"],
    ["/networks", "/networks"],
    ["/networks/abc123", "/networks"],
    ["/networksx", null],
    ["/services/web", null],
    ["/services/new", "/services/new"],
    ["/swarm", "/swarm"],
    ["/admin", "/admin"],
    [null, null],
  ])("%j belongs to the link %j", (path, href) => expect(activeHref(path)).toBe(href));
});

describe("navLinksFor", () => {
  it("shows the reading pages before /me answers and to viewers; New service from operator; Admin to admins and local mode", () => {
    expect(labels(null)).toEqual(BASE);
    expect(labels({ mode: "auth", user: "v", role: "viewer" })).toEqual(BASE);
    expect(labels({ mode: "auth", user: "o", role: "operator" })).toEqual([...BASE, "New service"]);
    expect(labels({ mode: "auth", user: "a", role: "admin" })).toEqual([...BASE, "New service", "Admin"]);
    expect(labels({ mode: "local", user: null, role: "admin" })).toEqual([...BASE, "New service", "Admin"]);
  });
  it("shows no links to a share session (the projection screen keeps brand and badge)", () => {
    expect(labels({ mode: "share", user: null, role: "viewer", share: { id: "1", label: "Wall", expiresAt: null } })).toEqual([]);
  });
});
