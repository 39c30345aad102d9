// The timeline bar's geometry: which stretch of time it spans, where an entry's marker sits, and the moment at a point of the bar; pure.
import type { TimelineEntry, TimelineKind } from "@/lib/history-types";

export interface TimeWindow {
  from: number;
  to: number;
}

/** The spans the bar offers, ms (the default is the first). */
export const SPANS: readonly { label: string; ms: number }[] = [
  { label: "15 min", ms: 15 * 60_000 },
  { label: "1 h", ms: 3_600_000 },
  { label: "6 h", ms: 6 * 3_600_000 },
  { label: "24 h", ms: 24 * 3_600_000 },
];

/**
 * The last `span` before `now`, widened back to show `at` when it is older, and starting no earlier than the oldest kept moment
 * (when that is known and before `now`).
 */
export function timeWindow(now: number, span: number, at: number | null, oldest: number | null): TimeWindow {
  let from = now - span;
  if (at !== null && at < from) from = at - span / 10;
  if (oldest !== null && oldest < now && from < oldest) from = oldest;
  if (from >= now) from = now - 1000;
  return { from, to: now };
}

/** Where `ms` sits on the bar, 0…1 (clamped). */
export function fractionOf(ms: number, w: TimeWindow): number {
  if (w.to <= w.from) return 1;
  return Math.min(1, Math.max(0, (ms - w.from) / (w.to - w.from)));
}

/** The moment at `fraction` (0…1, clamped) of the bar. */
export function momentAt(fraction: number, w: TimeWindow): number {
  return w.from + Math.min(1, Math.max(0, fraction)) * (w.to - w.from);
}

export interface Marker {
  id: string;
  kind: TimelineKind;
  at: string;
  /** 0…1 along the bar. */
  left: number;
  /** 0…1 of the bar's width the entry covers (a drain's tasks landing, a gap); 0 for an instant. */
  width: number;
  sentence: string;
}

/** One marker per entry inside the window (oldest first, so later ones draw on top). */
export function placeMarkers(entries: readonly TimelineEntry[], w: TimeWindow): Marker[] {
  const markers: Marker[] = [];
  for (const e of entries) {
    const start = Date.parse(e.at);
    if (Number.isNaN(start)) continue;
    const end = e.until ? Date.parse(e.until) : start;
    if ((Number.isNaN(end) ? start : end) < w.from || start > w.to) continue;
    const left = fractionOf(start, w);
    const right = Number.isNaN(end) ? left : fractionOf(end, w);
    markers.push({ id: e.id, kind: e.kind, at: e.at, left, width: Math.max(0, right - left), sentence: e.sentence });
  }
  return markers.sort((a, b) => a.left - b.left);
}
