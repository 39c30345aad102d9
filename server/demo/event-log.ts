// The demo engine's event history and live subscribers: what GET /events replays for `since` and streams after it.
import type { EngineEvent } from "../../lib/engine-types";

/** An event as the engine streams it: seconds and nanoseconds since the epoch. */
export interface StampedEvent extends EngineEvent {
  time: number;
  timeNano: number;
}

/** How many past events `since` can reach (the real daemon keeps 256 in memory; a longer history helps replaying a lab). */
const KEEP = 4096;

export class EventLog {
  private readonly past: StampedEvent[] = [];
  private readonly listeners = new Set<(e: StampedEvent) => void>();

  /** Records `e` at `atMs` (the swarm's logical time) and hands it to every subscriber. */
  add(e: EngineEvent, atMs: number): void {
    const timeNano = Math.round(atMs) * 1_000_000;
    const stamped: StampedEvent = { ...e, scope: e.scope ?? "swarm", time: Math.floor(atMs / 1000), timeNano };
    this.past.push(stamped);
    if (this.past.length > KEEP) this.past.splice(0, this.past.length - KEEP);
    for (const listener of this.listeners) listener(stamped);
  }

  /** Past events with since < timeNano ≤ until (nanoseconds), oldest first. */
  between(sinceNano: number, untilNano: number): StampedEvent[] {
    return this.past.filter((e) => e.timeNano >= sinceNano && e.timeNano <= untilNano);
  }

  subscribe(listener: (e: StampedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }
}

/** The engine's since/until: unix seconds with an optional fraction ("1700000000.5"), as the CLI sends them; null when absent. */
export function eventTimeNano(raw: string | null): number | null {
  if (raw === null || raw === "") return null;
  if (!/^\d+(\.\d{1,9})?$/.test(raw)) return NaN;
  const [sec, frac = ""] = raw.split(".");
  return Number(sec) * 1e9 + Number(frac.padEnd(9, "0"));
}
