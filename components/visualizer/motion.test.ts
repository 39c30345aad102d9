// Unit tests: the pure parts of card motion (slot keys, time windows, FLIP offsets).
import { describe, expect, it } from "vitest";
import { flipOffset, recent, slotKey } from "./motion";

describe("slotKey", () => {
  it("is service + slot for replicated tasks, whatever the node or task id", () => {
    expect(slotKey({ serviceId: "s", slot: 3, nodeId: "n1", id: "t1" })).toBe(slotKey({ serviceId: "s", slot: 3, nodeId: "n2", id: "t2" }));
    expect(slotKey({ serviceId: "s", slot: 3, nodeId: "n1", id: "t1" })).not.toBe(slotKey({ serviceId: "s", slot: 4, nodeId: "n1", id: "t1" }));
  });
  it("is service + node for global tasks", () => {
    expect(slotKey({ serviceId: "s", slot: null, nodeId: "n1", id: "t1" })).toBe(slotKey({ serviceId: "s", slot: null, nodeId: "n1", id: "t2" }));
    expect(slotKey({ serviceId: "s", slot: null, nodeId: "n1", id: "t" })).not.toBe(slotKey({ serviceId: "s", slot: null, nodeId: "n2", id: "t" }));
  });
});

describe("recent", () => {
  it("accepts entries within the window only", () => {
    expect(recent({ at: 1000 }, 2000, 1500)).toEqual({ at: 1000 });
    expect(recent({ at: 1000 }, 3000, 1500)).toBeUndefined();
    expect(recent({ at: 3000 }, 2000, 1500)).toBeUndefined();
    expect(recent(undefined, 2000, 1500)).toBeUndefined();
  });
});

describe("flipOffset", () => {
  it("is the way back to the old place, or null for no real move", () => {
    expect(flipOffset({ left: 100, top: 50 }, { left: 350, top: 20 })).toEqual({ dx: -250, dy: 30 });
    expect(flipOffset({ left: 100, top: 50 }, { left: 101, top: 51 })).toBeNull();
  });
});
