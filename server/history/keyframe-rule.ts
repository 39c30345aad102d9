// When the history writes a keyframe (the whole model): after enough deltas, deltas as large as the last keyframe, or a minute with changes.

export interface KeyframeCounters {
  /** Deltas written since the last keyframe. */
  deltas: number;
  /** Their JSON size in bytes. */
  bytes: number;
  /** ms since the last keyframe. */
  sinceMs: number;
  /** The last keyframe's JSON size. */
  keyframeBytes: number;
}

export const KEYFRAME_EVERY_DELTAS = 1000;
export const KEYFRAME_EVERY_MS = 60_000;
/** A minute's keyframe is skipped while the deltas since are under this share of a keyframe (a big, quiet model). */
const MINUTE_SHARE = 0.1;

export function keyframeDue(c: KeyframeCounters): boolean {
  if (c.deltas === 0) return false;
  if (c.deltas >= KEYFRAME_EVERY_DELTAS || c.bytes >= c.keyframeBytes) return true;
  return c.sinceMs >= KEYFRAME_EVERY_MS && c.bytes >= c.keyframeBytes * MINUTE_SHARE;
}
