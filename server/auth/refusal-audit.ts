// Refused sign-ins in the audit log without one line per try: the first refusal per limit key and block is written, later ones are counted into one summary.

/** What one refused try says: who was tried from where, which limit refused it and for how long. */
export interface Refusal {
  user: string;
  address: string;
  /** The limit that held the try back (addr, addr+user, user). */
  limit: string;
  waitSeconds: number;
}

export interface RefusalEntry {
  user: string;
  action: "login";
  params: Record<string, unknown>;
  status: 429;
  error: string;
}

interface Pending {
  first: Refusal;
  /** End of the block the first refusal announced (ms). */
  until: number;
  /** Refusals since the last entry written for this key. */
  count: number;
  since: number;
}

/** Blocks tracked at once; beyond it the oldest block's count is written and it is forgotten. */
export const MAX_PENDING_REFUSALS = 1000;

/**
 * Per limit key (e.g. "addr 10.0.0.9"): the first refusal of a block is written at once (user tried, address, limit,
 * wait). Later refusals while the block lasts only count. The count is written as ONE entry (`params.refused: n`)
 * at the next sign-in that is not refused (ok or 401), at the next refusal for that key after its block ended, when
 * more than MAX_PENDING_REFUSALS blocks are tracked, or at shutdown (flush). So a flood of limited tries costs a
 * bounded number of lines: at most two per block plus one per sign-in that was not refused.
 */
export class RefusalAudit {
  private pending = new Map<string, Pending>();

  constructor(
    private write: (entry: RefusalEntry) => void,
    private now: () => number = Date.now,
    private maxPending = MAX_PENDING_REFUSALS,
  ) {}

  refused(key: string, r: Refusal): void {
    const now = this.now();
    const p = this.pending.get(key);
    if (p && now < p.until) {
      if (p.count === 0) p.since = now;
      p.count++;
      return;
    }
    if (p) this.summarise(p);
    this.pending.delete(key);
    this.write({
      user: r.user,
      action: "login",
      params: { address: r.address, limit: r.limit },
      status: 429,
      error: `too many failed sign-ins (${r.limit} limit); try again in ${r.waitSeconds} s`,
    });
    this.pending.set(key, { first: r, until: now + r.waitSeconds * 1000, count: 0, since: now });
    if (this.pending.size > this.maxPending) {
      const [oldKey, oldest] = this.pending.entries().next().value!;
      this.summarise(oldest);
      this.pending.delete(oldKey);
    }
  }

  /** Writes every counted refusal as one entry per key; blocks that ended are forgotten. */
  flush(): void {
    const now = this.now();
    for (const [key, p] of this.pending) {
      this.summarise(p);
      if (now >= p.until) this.pending.delete(key);
    }
  }

  /** Blocks tracked (for tests). */
  get size(): number {
    return this.pending.size;
  }

  private summarise(p: Pending): void {
    if (p.count === 0) return;
    this.write({
      user: p.first.user,
      action: "login",
      params: { address: p.first.address, limit: p.first.limit, refused: p.count, since: new Date(p.since).toISOString() },
      status: 429,
      error: `${p.count} more sign-in${p.count === 1 ? "" : "s"} refused by the ${p.first.limit} limit`,
    });
    p.count = 0;
  }
}
