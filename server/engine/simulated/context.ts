// What the swarm's parts (networks, secrets and configs) need from the swarm: the seeded randomness, the clock, the raft index, and events.
import type { SeededRandom } from "./random";

export type EventType = "node" | "service" | "network" | "secret" | "config";

export interface SwarmContext {
  readonly rnd: SeededRandom;
  /** The logical clock, ms since the epoch. */
  readonly now: number;
  /** A new raft index (every write is one). */
  bump(): number;
  emit(type: EventType, action: "create" | "update" | "remove", id: string, attributes: Record<string, string>): void;
}

let lastMs = NaN;
let lastIso = "";
/** The logical time as the engine's timestamps (memoised: many writes share one instant). */
export function iso(ms: number): string {
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}
