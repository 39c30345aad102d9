// Unit tests for the session badge text and the sign-in return path.
import { describe, expect, it } from "vitest";
import { loginHref, safeNext, sessionLabel } from "./session";

describe("session helpers", () => {
  it("labels local mode and signed-in users", () => {
    expect(sessionLabel({ mode: "local", user: null, role: "admin" })).toBe("Local mode (no sign-in; listening on 127.0.0.1 only)");
    expect(sessionLabel({ mode: "auth", user: "alice", role: "viewer" })).toBe("Signed in as alice (viewer)");
  });
  it("returns only to paths on this server", () => {
    expect(safeNext("/services/abc?x=1")).toBe("/services/abc?x=1");
    for (const bad of [null, "", "//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "/login?next=/"]) expect(safeNext(bad)).toBe("/");
    expect(loginHref("/networks")).toBe("/login?next=%2Fnetworks");
  });
});
