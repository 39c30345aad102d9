// Unit tests for the origin check and cookies.
import { describe, expect, it } from "vitest";
import { isMutating, originAllowed, readCookie, sessionCookie } from "./request-checks";

describe("request checks", () => {
  it("lets same-origin and Origin-less requests through, refuses foreign origins", () => {
    expect(originAllowed(undefined, "127.0.0.1:3000", false)).toBe(true);
    expect(originAllowed("http://127.0.0.1:3000", "127.0.0.1:3000", false)).toBe(true);
    expect(originAllowed("https://dash.example", "dash.example", true)).toBe(true);
    expect(originAllowed("http://dash.example", "dash.example", true)).toBe(false);
    expect(originAllowed("http://evil.example", "127.0.0.1:3000", false)).toBe(false);
    expect(originAllowed("http://127.0.0.1:3001", "127.0.0.1:3000", false)).toBe(false);
    expect(originAllowed("null", "127.0.0.1:3000", false)).toBe(false);
    expect(originAllowed("http://x", undefined, false)).toBe(false);
  });
  it("knows mutating methods", () => {
    expect(["POST", "PUT", "PATCH", "DELETE"].every(isMutating)).toBe(true);
    expect(isMutating("GET")).toBe(false);
    expect(isMutating("HEAD")).toBe(false);
  });
  it("reads and writes the session cookie", () => {
    expect(readCookie("a=1; swarmscope_session=abc; b=2", "swarmscope_session")).toBe("abc");
    expect(readCookie(undefined, "swarmscope_session")).toBeUndefined();
    expect(readCookie("swarmscope_session=%E0%A4%A", "swarmscope_session")).toBeUndefined();
    expect(sessionCookie("t", 60, false)).toBe("swarmscope_session=t; Path=/; HttpOnly; SameSite=Strict; Max-Age=60");
    expect(sessionCookie("t", 60, true)).toMatch(/; Secure$/);
  });
});
