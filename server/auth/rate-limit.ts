// Login failures in sliding windows, one rule per kind of key (address, address+user, user); too many → wait until the oldest counted failure ages out.

/** At most `max` failures within `windowMs` for one key of this kind. */
export interface LimitRule {
  max: number;
  windowMs: number;
}

/**
 * Sign-in rules. One address guessing many names: 20 / 5 min. One address guessing one name: 5 / 5 min.
 * One name guessed from anywhere: 50 / 15 min — softer, so attackers on other addresses need 50 tries (and at least
 * 10 addresses) before the real user is held back at their own address too, and then only for the rest of the window.
 */
export const LOGIN_RULES = {
  addr: { max: 20, windowMs: 5 * 60_000 },
  "addr+user": { max: 5, windowMs: 5 * 60_000 },
  user: { max: 50, windowMs: 15 * 60_000 },
} satisfies Record<string, LimitRule>;

export type LoginKind = keyof typeof LOGIN_RULES;

/** The three keys of one sign-in attempt (user names compared without case). */
export function loginKeys(address: string, username: string): { kind: LoginKind; id: string }[] {
  const user = username.toLowerCase();
  return [
    { kind: "addr", id: address },
    { kind: "addr+user", id: `${address} ${user}` },
    { kind: "user", id: user },
  ];
}

/** The keys that may hold an attempt back: all three, or without the per-user one at an address the user is known at. */
export function keysToCheck<K extends { kind: string }>(keys: K[], knownAddress: boolean): K[] {
  return knownAddress ? keys.filter((k) => k.kind !== "user") : keys;
}

/** How long a successful sign-in makes its address known for that user. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60_000;

/**
 * Addresses a user signed in from successfully (in memory, the last 30 days, at most 10 000 pairs — the least recent
 * forgotten first). From a known address the per-user limit does not hold the user back — failures there still count
 * for it — so attackers elsewhere cannot lock the real user out at their usual address at all; the per-address and
 * per-(address, user) limits still apply there.
 */
export class KnownAddresses {
  private seen = new Map<string, number>();

  constructor(
    private now: () => number = Date.now,
    private max = MAX_KEYS_PER_KIND,
  ) {}

  remember(address: string, username: string): void {
    const key = `${address} ${username.toLowerCase()}`;
    this.seen.delete(key);
    this.seen.set(key, this.now());
    if (this.seen.size > this.max) this.seen.delete(this.seen.keys().next().value!);
  }

  has(address: string, username: string): boolean {
    const key = `${address} ${username.toLowerCase()}`;
    const at = this.seen.get(key);
    if (at === undefined) return false;
    if (this.now() - at <= KNOWN_ADDRESS_MS) return true;
    this.seen.delete(key);
    return false;
  }

  get size(): number {
    return this.seen.size;
  }
}

/** Keys kept per kind; beyond it the least recently failed are forgotten (a flood of made-up names cannot grow memory). */
export const MAX_KEYS_PER_KIND = 10_000;

export class FailureLimiter<K extends string = LoginKind> {
  /** Per kind: key → times of its recent failures (at most rule.max, oldest first). Map order = least recently failed first. */
  private failures = new Map<K, Map<string, number[]>>();

  constructor(
    private rules: Record<K, LimitRule>,
    private now: () => number = Date.now,
    private maxKeysPerKind = MAX_KEYS_PER_KIND,
  ) {
    for (const kind of Object.keys(rules) as K[]) this.failures.set(kind, new Map());
  }

  private recent(kind: K, id: string): number[] {
    const map = this.failures.get(kind)!;
    const since = this.now() - this.rules[kind].windowMs;
    const list = (map.get(id) ?? []).filter((t) => t > since);
    if (!list.length) map.delete(id);
    else if (list.length !== map.get(id)?.length) map.set(id, list);
    return list;
  }

  /** Seconds to wait before another try, and which key holds it back (the longest wait); wait 0 when allowed. */
  check(keys: { kind: K; id: string }[]): { wait: number; kind: K | null; id: string | null } {
    let found: { wait: number; kind: K | null; id: string | null } = { wait: 0, kind: null, id: null };
    for (const { kind, id } of keys) {
      const list = this.recent(kind, id);
      const rule = this.rules[kind];
      if (list.length < rule.max) continue;
      const wait = Math.max(1, Math.ceil((list[list.length - rule.max] + rule.windowMs - this.now()) / 1000));
      if (wait > found.wait) found = { wait, kind, id };
    }
    return found;
  }

  /** Seconds to wait before another try for any of `keys`, or 0 when allowed. */
  retryAfter(keys: { kind: K; id: string }[]): number {
    return this.check(keys).wait;
  }

  fail(keys: { kind: K; id: string }[]): void {
    for (const { kind, id } of keys) {
      const map = this.failures.get(kind)!;
      const list = [...this.recent(kind, id), this.now()].slice(-this.rules[kind].max);
      map.delete(id); // re-inserted at the end: the map stays ordered by last failure
      map.set(id, list);
      if (map.size > this.maxKeysPerKind) this.evict(map);
    }
  }

  /** Drops the least recently failed tenth (amortised O(1) per failure): they are the first to age out anyway. */
  private evict(map: Map<string, number[]>): void {
    let drop = map.size - Math.floor(this.maxKeysPerKind * 0.9);
    for (const id of map.keys()) {
      if (drop-- <= 0) break;
      map.delete(id);
    }
  }

  succeed(keys: { kind: K; id: string }[]): void {
    for (const { kind, id } of keys) this.failures.get(kind)!.delete(id);
  }

  /** How many keys have failures on record, all kinds together (for tests). */
  get size(): number {
    let n = 0;
    for (const map of this.failures.values()) n += map.size;
    return n;
  }
}
