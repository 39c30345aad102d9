// Playing history forward: the speeds offered and where `at` goes at each tick; pure (the tick itself is use-playback.ts).

export const SPEEDS = [1, 4, 16] as const;
export type Speed = (typeof SPEEDS)[number];

/** Real time between two steps of playback. */
export const TICK_MS = 500;

export interface PlayStep {
  /** The next moment to show (ms). */
  at: number;
  /** Playback reached the present: stop there (and offer "Live"). */
  done: boolean;
}

/**
 * The moment after `at` when `elapsedMs` of real time passed at `speed`, never beyond `now`
 * (the server refuses moments in the future).
 */
export function playStep(at: number, speed: Speed, elapsedMs: number, now: number): PlayStep {
  const next = at + Math.max(0, elapsedMs) * speed;
  return next >= now ? { at: now, done: true } : { at: next, done: false };
}
