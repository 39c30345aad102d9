// Small word helpers for the narrator: "3 tasks", "a, b and c", "2 services, 1 network"; pure.

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** "a", "a and b", "a, b and c". */
export function and(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** "2 services, 1 network" from [count, noun] pairs, leaving out zeros. */
export function items(pairs: readonly [number, string][]): string {
  return pairs
    .filter(([n]) => n > 0)
    .map(([n, noun]) => count(n, noun))
    .join(", ");
}

export function parseAt(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

export function withinWindow(then: number, now: number, windowMs: number): boolean {
  return now >= then && now - then <= windowMs;
}

/** The list with `item` (matched by id) moved to the front. */
export function moveToTop<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return [item, ...list.filter((i) => i.id !== item.id)];
}
