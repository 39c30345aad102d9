// Unit tests of the hub: versions increase by one per non-empty batch, the journal replays, listeners see every delta.
import { describe, expect, it } from "vitest";
import { engineNode, engineTask, link } from "../../test/fixtures/engine";
import type { Delta } from "../../lib/model-types";
import { Hub } from "./hub";

describe("Hub", () => {
  it("numbers each batch with the next version and skips empty ones", () => {
    const hub = new Hub(link("connecting"));
    const seen: Delta[] = [];
    hub.subscribe((d) => seen.push(d));
    hub.apply({ type: "list", kind: "nodes", seq: 1, items: [engineNode("n1")] });
    hub.apply({ type: "list", kind: "nodes", seq: 2, items: [engineNode("n1")] }); // no change
    hub.apply({ type: "list", kind: "tasks", seq: 3, items: [engineTask("t1")] });
    expect(seen.map((d) => d.version)).toEqual([1, 2]);
    expect(hub.snapshot().version).toBe(2);
  });

  it("replays the deltas after a version, or says it cannot", () => {
    const hub = new Hub(link("connecting"), 2);
    for (let i = 1; i <= 4; i++) hub.apply({ type: "list", kind: "tasks", seq: i, items: [engineTask(`t${i}`)] });
    expect(hub.deltasSince(4)).toEqual([]);
    expect(hub.deltasSince(3)?.map((d) => d.version)).toEqual([4]);
    expect(hub.deltasSince(2)?.map((d) => d.version)).toEqual([3, 4]);
    expect(hub.deltasSince(1)).toBeNull(); // the journal keeps only 2
    expect(hub.deltasSince(9)).toBeNull();
  });

  it("reports convergence while a task is still starting", () => {
    const hub = new Hub(link());
    hub.apply({ type: "list", kind: "tasks", seq: 1, items: [engineTask("t1", { state: "starting" })] });
    expect(hub.converging()).toMatch(/t1: starting/);
    hub.apply({ type: "list", kind: "tasks", seq: 2, items: [engineTask("t1", { version: 2, state: "running" })] });
    expect(hub.converging()).toBeNull();
  });
});
