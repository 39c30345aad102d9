import { describe, expect, it } from "vitest";
import { playStep, SPEEDS, TICK_MS } from "./play";

describe("playback steps", () => {
  const at = Date.parse("2026-12-03T17:40:00Z");
  const now = at + 3_600_000;

  it("offers 1×, 4× and 16×", () => {
    expect(SPEEDS).toEqual([1, 4, 16]);
  });

  it("moves by the real time passed times the speed", () => {
    expect(playStep(at, 1, TICK_MS, now)).toEqual({ at: at + TICK_MS, done: false });
    expect(playStep(at, 4, TICK_MS, now)).toEqual({ at: at + 4 * TICK_MS, done: false });
    expect(playStep(at, 16, 1000, now)).toEqual({ at: at + 16_000, done: false });
  });

  it("never goes back, and stops at the present", () => {
    expect(playStep(at, 4, -500, now)).toEqual({ at, done: false });
    expect(playStep(now - 1000, 16, 500, now)).toEqual({ at: now, done: true });
    expect(playStep(now, 1, 500, now)).toEqual({ at: now, done: true });
  });
});
