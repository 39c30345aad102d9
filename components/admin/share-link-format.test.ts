// Unit tests of the share-link expiry choices and absolute URLs.
import { describe, expect, it } from "vitest";
import { MAX_SHARE_MINUTES } from "@/lib/share-links";
import { absoluteShareUrl, EXPIRY_CHOICES, expiryMinutes } from "./share-link-format";

describe("expiryMinutes", () => {
  it("turns each choice into the minutes the API takes; never is null", () => {
    expect(EXPIRY_CHOICES.map((c) => c.label)).toEqual(["1 hour", "8 hours", "1 day", "7 days", "Never (until revoked)"]);
    expect(expiryMinutes("1h")).toBe(60);
    expect(expiryMinutes("8h")).toBe(480);
    expect(expiryMinutes("1d")).toBe(1440);
    expect(expiryMinutes("7d")).toBe(10080);
    expect(expiryMinutes("never")).toBeNull();
    for (const c of EXPIRY_CHOICES) if (c.minutes !== null) expect(c.minutes).toBeLessThanOrEqual(MAX_SHARE_MINUTES);
  });
  it("falls back to the default for an unknown value, never to an endless link", () => {
    expect(expiryMinutes("2y")).toBe(480);
  });
});

describe("absoluteShareUrl", () => {
  it("puts the server's path on the page's origin", () => {
    expect(absoluteShareUrl("/share/abc_DEF-1", "http://10.0.0.5:3000")).toBe("http://10.0.0.5:3000/share/abc_DEF-1");
    expect(absoluteShareUrl("/share/x", "https://swarm.example.org")).toBe("https://swarm.example.org/share/x");
  });
});
