// Unit tests of the model's equality: it agrees with comparing JSON on views, and finds every difference in data.
import { describe, expect, it } from "vitest";
import { engineNode, engineService, engineTask } from "../../test/fixtures/engine";
import { normalizeNode, normalizeService, normalizeTask } from "./normalize";
import { same } from "./same";

const json = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe("same", () => {
  it("agrees with comparing JSON on views, changed or not", () => {
    const views = [
      normalizeTask(engineTask("t1")),
      normalizeTask(engineTask("t1", { version: 2, state: "starting" })),
      normalizeTask(engineTask("t1", { networks: [{ id: "n1", name: "web_net", address: "10.0.1.5/24" }] })),
      normalizeTask(engineTask("t1", { networks: [{ id: "n1", name: "web_net", address: "10.0.1.6/24" }] })),
      normalizeTask(engineTask("t1", { node: null, err: "no suitable node" })),
      normalizeNode(engineNode("n1", { role: "manager", leader: true })),
      normalizeNode(engineNode("n1", { role: "manager", leader: false })),
      normalizeService(engineService("s1", { replicas: 2, running: 1 })),
      normalizeService(engineService("s1", { replicas: 2, running: 2 })),
      normalizeService(engineService("s1", { update: { state: "updating", startedAt: "2026-01-01T00:00:00Z" } })),
      null,
    ];
    for (const a of views) for (const b of views) expect(same(a, b)).toBe(json(a, b));
    for (const a of views) expect(same(a, structuredClone(a))).toBe(true);
  });

  it("finds differences anywhere in the data", () => {
    expect(same({ a: { b: [1, { c: "x" }] } }, { a: { b: [1, { c: "y" }] } })).toBe(false);
    expect(same({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(same({ a: 1 }, { a: "1" })).toBe(false);
    expect(same({ a: null }, { a: {} })).toBe(false);
    expect(same({ a: [] }, { a: {} })).toBe(false);
    expect(same({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(same({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(same({ labels: {} }, { labels: { tier: "web" } })).toBe(false);
  });

  it("counts members set to undefined as absent (as JSON does) and ignores key order", () => {
    expect(same({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(same({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(same({ a: undefined }, { a: null })).toBe(false);
    expect(same({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
  });
});
