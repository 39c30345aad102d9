// When the history writes a keyframe (the whole model): after deltas four times the last keyframe's size, ten minutes with changes, or very many deltas.

export interface KeyframeCounters {
  /** Deltas written since the last keyframe. */
  deltas: number;
  /** Their size as stored (JSON of the patches, before compression). */
  bytes: number;
  /** ms since the last keyframe. */
  sinceMs: number;
  /** The last keyframe's JSON size. */
  keyframeBytes: number;
}

/**
 * A rebuild parses one keyframe and the deltas after it: with deltas at most BYTES_SHARE keyframes' worth, it costs at
 * most five keyframe parses, and keyframes take at most a fifth of the file. (One keyframe per 1000 deltas wrote one a
 * second at 1,000 changes/s: most of the file; one a minute is 15 MB/h for a 3000-task model, most of a day's 500 MB.)
 */
export const KEYFRAME_EVERY_DELTAS = 100_000;
export const KEYFRAME_EVERY_MS = 600_000;
const BYTES_SHARE = 4;
/** The ten minutes' keyframe (it bounds what pruning drops at once) is skipped while the deltas since are under this share of a keyframe (a big, quiet model). */
const TIME_SHARE = 0.1;

export function keyframeDue(c: KeyframeCounters): boolean {
  if (c.deltas === 0) return false;
  if (c.deltas >= KEYFRAME_EVERY_DELTAS || c.bytes >= c.keyframeBytes * BYTES_SHARE) return true;
  return c.sinceMs >= KEYFRAME_EVERY_MS && c.bytes >= c.keyframeBytes * TIME_SHARE;
}
