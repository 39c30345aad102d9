// Pure bookkeeping for cards that just left a column and stay briefly as fading "ghosts".

export interface Ghost<T> {
  item: T;
  /** Where it was in the previous list, so it fades out in place. */
  index: number;
  /** ms since epoch when the ghost is dropped. */
  until: number;
}

export interface Presence<T> {
  item: T;
  leaving: boolean;
}

/** Items of `prev` that are no longer in `next` and are not shown anywhere else (e.g. moved to another column). */
export function departed<T>(prev: readonly T[], next: readonly T[], keyOf: (item: T) => string, shownElsewhere: (key: string) => boolean): { item: T; index: number }[] {
  const nextKeys = new Set(next.map(keyOf));
  const out: { item: T; index: number }[] = [];
  prev.forEach((item, index) => {
    const key = keyOf(item);
    if (!nextKeys.has(key) && !shownElsewhere(key)) out.push({ item, index });
  });
  return out;
}

/** Ghosts still due at `now`, minus any whose item came back. */
export function liveGhosts<T>(ghosts: readonly Ghost<T>[], items: readonly T[], keyOf: (item: T) => string, now: number): Ghost<T>[] {
  const keys = new Set(items.map(keyOf));
  return ghosts.filter((ghost) => ghost.until > now && !keys.has(keyOf(ghost.item)));
}

/** The current items with the ghosts put back at their old positions (clamped to the end). */
export function withGhosts<T>(items: readonly T[], ghosts: readonly Ghost<T>[], keyOf: (item: T) => string): Presence<T>[] {
  const out: Presence<T>[] = items.map((item) => ({ item, leaving: false }));
  const keys = new Set(items.map(keyOf));
  const placed = new Set<string>();
  for (const ghost of [...ghosts].sort((a, b) => a.index - b.index)) {
    const key = keyOf(ghost.item);
    if (keys.has(key) || placed.has(key)) continue;
    placed.add(key);
    out.splice(Math.min(ghost.index, out.length), 0, { item: ghost.item, leaving: true });
  }
  return out;
}
