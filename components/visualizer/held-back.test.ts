// Unit tests: brand-new unplaced tasks wait briefly before being drawn.
import { describe, expect, it } from "vitest";
import { heldBackTasks, isUnplacedNew } from "./held-back";
import { task } from "@/test/fixtures/views";

const fresh = task({ id: "f", serviceId: "s", nodeId: null, state: "new" });
const placed = task({ id: "p", serviceId: "s", nodeId: "n1", state: "assigned" });
const stuck = task({ id: "x", serviceId: "s", nodeId: null, state: "pending", error: "no suitable node" });

describe("isUnplacedNew", () => {
  it("is only a new task with no node and no error", () => {
    expect(isUnplacedNew(fresh)).toBe(true);
    expect(isUnplacedNew(placed)).toBe(false);
    expect(isUnplacedNew(stuck)).toBe(false);
    expect(isUnplacedNew({ ...fresh, error: "allocation failed" })).toBe(false);
  });
});

describe("heldBackTasks", () => {
  it("holds a fresh task for the hold time, then lets it through", () => {
    const seen = new Map<string, number>();
    expect(heldBackTasks([fresh, placed, stuck], seen, 1000, 800)).toEqual({ held: new Set(["f"]), wakeAt: 1800 });
    expect(heldBackTasks([fresh, placed, stuck], seen, 1500, 800)).toEqual({ held: new Set(["f"]), wakeAt: 1800 });
    expect(heldBackTasks([fresh, placed, stuck], seen, 1800, 800)).toEqual({ held: new Set(), wakeAt: null });
  });

  it("forgets tasks that got placed", () => {
    const seen = new Map<string, number>();
    heldBackTasks([fresh], seen, 1000, 800);
    heldBackTasks([{ ...fresh, nodeId: "n1", state: "assigned" }], seen, 1100, 800);
    expect(seen.size).toBe(0);
  });
});
