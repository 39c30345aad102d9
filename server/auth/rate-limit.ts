// Login failures per key (address, user) in a sliding window; too many → wait until the oldest failure ages out.
export class FailureLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private max = 5,
    private windowMs = 5 * 60 * 1000,
    private now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait before another try for any of `keys`, or 0 when allowed. */
  retryAfter(keys: string[]): number {
    let wait = 0;
    for (const key of keys) {
      const list = this.recent(key);
      if (list.length >= this.max) wait = Math.max(wait, Math.ceil((list[0] + this.windowMs - this.now()) / 1000));
    }
    return wait;
  }

  fail(keys: string[]): void {
    // Bounded memory under a flood of made-up user names: drop keys whose failures have all aged out.
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()]) this.recent(key);
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  /** How many keys have failures on record (for tests). */
  get size(): number {
    return this.failures.size;
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
