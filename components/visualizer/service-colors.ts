// Each service's colour: a hue preferred by its name, moved away from the hues of the services created before it so no two on screen look alike; the same in every browser.

export interface ServiceColor {
  /** 0–359 (OKLCH hue: equal steps look about equally different). */
  hue: number;
  /** Strong colour for the card stripe and legend swatch. */
  stripe: string;
  /** Faint tint for card backgrounds. */
  soft: string;
}

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser so that names one letter apart land far apart. */
export function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The golden angle: successive candidates fill the wheel evenly. */
const STEP = 137.508;
const CANDIDATES = 48;
/** The hue gap wanted between any two services on screen: 30° for a handful, narrower as they grow (the wheel holds only so many). */
export function hueGap(services: number): number {
  return Math.min(30, (0.7 * 360) / Math.max(1, services));
}

function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}

/**
 * Hues for `names` in the order given (oldest service first): a name with a hue in `kept` keeps it; each other takes the first
 * of its name's candidates (its hashed hue, then golden-angle steps from it) at least hueGap away from the hues of the names
 * before it, or the farthest one. So a service added later never changes the hues of those before it.
 */
export function assignServiceHues(names: readonly string[], kept: ReadonlyMap<string, number> = new Map()): Map<string, number> {
  const gap = hueGap(names.length);
  const hues = new Map<string, number>();
  for (const name of names) if (kept.has(name)) hues.set(name, kept.get(name)!);
  for (const name of names) {
    if (hues.has(name)) continue;
    const taken = [...hues.values()];
    const base = hashName(name) % 360;
    let best = base;
    let bestDistance = -1;
    for (let k = 0; k < CANDIDATES; k++) {
      const hue = Math.round(base + k * STEP) % 360;
      const distance = taken.length ? Math.min(...taken.map((t) => hueDistance(t, hue))) : 360;
      if (distance > bestDistance) [best, bestDistance] = [hue, distance];
      if (distance >= gap) break;
    }
    hues.set(name, best);
  }
  return hues;
}

/** The CSS colours for a hue; spare hash bits of the name vary lightness a little, so close hues still differ. */
function colorFor(name: string, hue: number): ServiceColor {
  const lightness = 68 + ((hashName(name) >>> 13) % 3) * 6; // 68–80 %: readable on a dark background
  return { hue, stripe: `oklch(${lightness}% 0.15 ${hue})`, soft: `oklch(${lightness}% 0.15 ${hue} / 0.12)` };
}

/** The hues this page gave its services: kept while the page lives, so a card drawn once never needs redrawing for its colour. */
let given = new Map<string, number>();
let givenKey = "";

/** Tells the colours which services exist, oldest first by creation time (then ID), so pages opened at the same time agree. */
export function noteServices(services: Iterable<{ id: string; name: string; createdAt: string }>): void {
  const ordered = [...services].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1));
  const key = ordered.map((s) => s.name).join("\n");
  if (key === givenKey) return;
  givenKey = key;
  const now = assignServiceHues(
    ordered.map((s) => s.name),
    given,
  );
  // Removed services keep their hue for leftover tasks, up to a bound.
  given = new Map([...(given.size > 1000 ? [] : given), ...now]);
}

/** Forgets every hue given (tests). */
export function forgetServiceHues(): void {
  given = new Map();
  givenKey = "";
}

/** The colour of a service. */
export function serviceColor(name: string): ServiceColor {
  return colorFor(name, given.get(name) ?? hashName(name) % 360);
}
