// Unit tests: service colours are a pure function of the name and tell nearby names apart.
import { describe, expect, it } from "vitest";
import { hashName, serviceColor } from "./service-colors";

function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}

describe("serviceColor", () => {
  it("is deterministic and independent of anything but the name", () => {
    expect(serviceColor("web")).toEqual(serviceColor("web"));
    expect(hashName("web")).toBe(hashName("web"));
    // A fixed value guards against an accidental change of the algorithm (colours would change for every user).
    expect(serviceColor("web")).toEqual({ hue: 254, stripe: "hsl(254 70% 56%)", soft: "hsl(254 70% 56% / 0.12)" });
  });

  it("gives valid CSS colours", () => {
    const c = serviceColor("api");
    expect(c.stripe).toMatch(/^hsl\(\d+ \d+% \d+%\)$/);
    expect(c.soft).toMatch(/^hsl\(\d+ \d+% \d+% \/ 0\.12\)$/);
    expect(c.hue).toBeGreaterThanOrEqual(0);
    expect(c.hue).toBeLessThan(360);
  });

  it("spreads names that differ by one character", () => {
    const names = ["web1", "web2", "web3", "web4", "web5", "web6"];
    const hues = names.map((n) => serviceColor(n).hue);
    expect(new Set(hues).size).toBe(names.length);
    for (const [a, b] of [
      ["web1", "web2"],
      ["api", "apj"],
      ["stack_web", "stack_wec"],
    ]) {
      expect(hueDistance(serviceColor(a).hue, serviceColor(b).hue)).toBeGreaterThan(10);
    }
  });

  it("uses the whole colour wheel", () => {
    const hues = Array.from({ length: 200 }, (_, i) => serviceColor(`svc-${i}`).hue);
    const sextants = new Set(hues.map((h) => Math.floor(h / 60)));
    expect(sextants.size).toBe(6);
  });
});
