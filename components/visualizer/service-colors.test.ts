// Unit tests: service colours depend only on the names and their creation order, keep services on screen apart, and never recolour older services.
import { describe, expect, it } from "vitest";
import { assignServiceHues, forgetServiceHues, hashName, hueGap, noteServices, serviceColor } from "./service-colors";

function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}
function minGap(hues: number[]): number {
  let min = 360;
  for (let i = 0; i < hues.length; i++) for (let j = i + 1; j < hues.length; j++) min = Math.min(min, hueDistance(hues[i], hues[j]));
  return min;
}

describe("assignServiceHues", () => {
  it("keeps every pair of a handful of services at least 30° apart (the demo's and the labs' names, whose hashed hues crowd the greens)", () => {
    const names = ["shop_web", "shop_api", "shop_db", "node-agent", "report", "flaky", "sleep-app", "shop_front"];
    expect(hueGap(names.length)).toBe(30);
    const hues = assignServiceHues(names);
    expect(minGap([...hues.values()])).toBeGreaterThanOrEqual(30);
  });

  it.each([12, 25, 60])("keeps %i services apart by the gap for that many", (n) => {
    const names = Array.from({ length: n }, (_, i) => `svc-${i}`);
    expect(minGap([...assignServiceHues(names).values()])).toBeGreaterThanOrEqual(Math.floor(hueGap(n)) - 1);
  });

  it("a service created later never changes the hues of those before it; the first keeps its name's own hue", () => {
    const before = assignServiceHues(["web", "api", "db"]);
    const after = assignServiceHues(["web", "api", "db", "cache"]);
    for (const n of ["web", "api", "db"]) expect(after.get(n)).toBe(before.get(n));
    expect(before.get("web")).toBe(hashName("web") % 360);
  });

  it("names in `kept` keep their hues, even where a fresh assignment would differ (after a removal)", () => {
    const first = assignServiceHues(["web", "api", "db"]);
    const afterRemoval = assignServiceHues(["api", "db"], first);
    expect(afterRemoval.get("api")).toBe(first.get("api"));
    expect(afterRemoval.get("db")).toBe(first.get("db"));
  });

  it("is deterministic", () => {
    expect([...assignServiceHues(["a", "b", "c"])]).toEqual([...assignServiceHues(["a", "b", "c"])]);
  });
});

describe("serviceColor", () => {
  it("gives valid CSS colours from the hue on screen, ordered by creation time whatever order the services come in", () => {
    forgetServiceHues();
    noteServices([
      { id: "2", name: "shop_api", createdAt: "2026-01-01T00:00:02Z" },
      { id: "1", name: "shop_web", createdAt: "2026-01-01T00:00:01Z" },
    ]);
    const web = serviceColor("shop_web");
    const api = serviceColor("shop_api");
    expect(web.hue).toBe(hashName("shop_web") % 360);
    expect(hueDistance(web.hue, api.hue)).toBeGreaterThanOrEqual(30);
    expect(web.stripe).toMatch(/^oklch\(\d+% 0\.15 \d+\)$/);
    expect(web.soft).toMatch(/^oklch\(\d+% 0\.15 \d+ \/ 0\.12\)$/);
  });

  it("a removed service keeps its colour for its leftover tasks; a name never seen gets its own stable colour", () => {
    forgetServiceHues();
    noteServices([
      { id: "1", name: "shop_web", createdAt: "2026-01-01T00:00:01Z" },
      { id: "2", name: "shop_api", createdAt: "2026-01-01T00:00:02Z" },
    ]);
    const api = serviceColor("shop_api");
    noteServices([{ id: "2", name: "shop_api", createdAt: "2026-01-01T00:00:02Z" }]);
    expect(serviceColor("shop_api")).toEqual(api);
    noteServices([]);
    expect(serviceColor("shop_api")).toEqual(api);
    expect(serviceColor("gone").hue).toBe(hashName("gone") % 360);
    expect(serviceColor("gone")).toEqual(serviceColor("gone"));
  });

  it("spreads names that differ by one character even off screen", () => {
    forgetServiceHues();
    for (const [a, b] of [
      ["web1", "web2"],
      ["api", "apj"],
      ["stack_web", "stack_wec"],
    ]) {
      expect(hueDistance(serviceColor(a).hue, serviceColor(b).hue)).toBeGreaterThan(10);
    }
  });
});
