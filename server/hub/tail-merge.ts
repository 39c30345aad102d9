// The first lines of a log follow arrive task by task (each task's tail, then the next's): hold them briefly and hand them on in time order.
/**
 * `docker service logs` prints each task's tail in turn, so timestamps jump back at every task. A follow here
 * collects what arrives until the stream has been quiet for `quietMs` (or `maxMs` passed), sorts that by time
 * (stable: a task's own order is kept for equal times) and hands it on; after that, lines pass straight through.
 */
export class TailMerge<L extends { time: string }> {
  private held: L[] = [];
  private merging = true;
  private lastArrival: number;

  constructor(
    private readonly startedAt: number,
    private readonly quietMs = 250,
    private readonly maxMs = 2000,
  ) {
    this.lastArrival = startedAt;
  }

  /** Lines that arrived at `now`; returns what may be sent at once (nothing while the tail is being merged). */
  push(lines: L[], now: number): L[] {
    if (!this.merging) return lines;
    this.held.push(...lines);
    if (lines.length) this.lastArrival = now;
    return this.due(now);
  }

  /** The merged tail once it is complete at `now` (quiet long enough, or held too long), else nothing. */
  due(now: number): L[] {
    if (!this.merging) return [];
    if (now - this.lastArrival < this.quietMs && now - this.startedAt < this.maxMs) return [];
    this.merging = false;
    const out = this.held
      .map((line, i) => ({ line, i }))
      .sort((a, b) => (a.line.time < b.line.time ? -1 : a.line.time > b.line.time ? 1 : a.i - b.i))
      .map((x) => x.line);
    this.held = [];
    return out;
  }
}
