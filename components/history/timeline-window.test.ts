import { describe, expect, it } from "vitest";
import type { TimelineEntry } from "@/lib/history-types";
import { fractionOf, momentAt, placeMarkers, SPANS, timeWindow } from "./timeline-window";

const now = Date.parse("2026-12-03T18:00:00Z");
const min = 60_000;

function entry(id: string, at: string, until: string | null = null, kind: TimelineEntry["kind"] = "service-scaled"): TimelineEntry {
  return { id, at, until, kind, sentence: `entry ${id}`, objects: { services: [], nodes: [], tasks: [], stacks: [] } };
}

describe("the timeline bar's window", () => {
  it("is the last span before now", () => {
    expect(timeWindow(now, 15 * min, null, null)).toEqual({ from: now - 15 * min, to: now });
    expect(SPANS[0].ms).toBe(15 * min);
  });

  it("widens back to show an older moment", () => {
    const at = now - 60 * min;
    const w = timeWindow(now, 15 * min, at, null);
    expect(w.from).toBeLessThan(at);
    expect(w.to).toBe(now);
  });

  it("starts no earlier than the oldest kept moment", () => {
    expect(timeWindow(now, 15 * min, null, now - 5 * min)).toEqual({ from: now - 5 * min, to: now });
    // An oldest moment at or after now (a clock ahead) leaves the span alone.
    expect(timeWindow(now, 15 * min, null, now + 1000)).toEqual({ from: now - 15 * min, to: now });
  });

  it("maps moments to fractions and back, clamped", () => {
    const w = { from: now - 10 * min, to: now };
    expect(fractionOf(now - 5 * min, w)).toBe(0.5);
    expect(fractionOf(now - 20 * min, w)).toBe(0);
    expect(fractionOf(now + min, w)).toBe(1);
    expect(momentAt(0.25, w)).toBe(now - 7.5 * min);
    expect(momentAt(-1, w)).toBe(w.from);
    expect(momentAt(2, w)).toBe(w.to);
  });
});

describe("markers", () => {
  const w = { from: now - 10 * min, to: now };

  it("sit where their entry happened, oldest first, spanning `until`", () => {
    const markers = placeMarkers(
      [entry("3", "2026-12-03T17:58:00Z", null, "node-drained"), entry("2", "2026-12-03T17:55:00Z", "2026-12-03T17:56:00Z"), entry("1", "2026-12-03T17:51:00Z")],
      w,
    );
    expect(markers.map((m) => m.id)).toEqual(["1", "2", "3"]);
    expect(markers[0].left).toBeCloseTo(0.1);
    expect(markers[1].left).toBeCloseTo(0.5);
    expect(markers[1].width).toBeCloseTo(0.1);
    expect(markers[2]).toMatchObject({ kind: "node-drained", width: 0 });
    expect(markers[2].left).toBeCloseTo(0.8);
  });

  it("leave out entries outside the window and unreadable times; one reaching into it starts at its edge", () => {
    const markers = placeMarkers(
      [entry("a", "2026-12-03T17:40:00Z"), entry("b", "not a time"), entry("c", "2026-12-03T18:05:00Z"), entry("d", "2026-12-03T17:45:00Z", "2026-12-03T17:52:00Z", "gap")],
      w,
    );
    expect(markers.map((m) => m.id)).toEqual(["d"]);
    expect(markers[0].left).toBe(0);
    expect(markers[0].width).toBeCloseTo(0.2);
  });
});
