// Unit tests for the session badge text and the sign-in return path.
import { describe, expect, it } from "vitest";
import { canAct, loginHref, safeNext, sessionLabel } from "./session";

describe("session helpers", () => {
  it("labels local mode and signed-in users", () => {
    expect(sessionLabel({ mode: "local", user: null, role: "admin" })).toBe("Local mode (no sign-in; listening on 127.0.0.1 only)");
    expect(sessionLabel({ mode: "auth", user: "alice", role: "viewer" })).toBe("Signed in as alice (viewer)");
    expect(sessionLabel({ mode: "share", user: null, role: "viewer", share: { id: "a1", label: "room 2", expiresAt: null } })).toBe("Shared view: room 2 (read-only)");
  });
  it("grants controls by role, never to share sessions or before /me answered", () => {
    expect(canAct({ mode: "local", user: null, role: "admin" }, "admin")).toBe(true);
    expect(canAct({ mode: "auth", user: "o", role: "operator" }, "operator")).toBe(true);
    expect(canAct({ mode: "auth", user: "o", role: "operator" }, "admin")).toBe(false);
    expect(canAct({ mode: "auth", user: "v", role: "viewer" }, "operator")).toBe(false);
    expect(canAct({ mode: "share", user: null, role: "viewer", share: { id: "a1", label: "x", expiresAt: null } }, "viewer")).toBe(false);
    expect(canAct(null, "viewer")).toBe(false);
  });
  it("returns only to paths on this server", () => {
    expect(safeNext("/services/abc?x=1")).toBe("/services/abc?x=1");
    for (const bad of [null, "", "//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "/login?next=/"]) expect(safeNext(bad)).toBe("/");
    expect(loginHref("/networks")).toBe("/login?next=%2Fnetworks");
  });
});
