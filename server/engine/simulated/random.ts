// Seeded randomness for the simulated swarm: the same seed and the same writes give the same IDs, delays and placements.
const ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";

export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A number in [0, 1) (mulberry32). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** `ms` give or take half of it: how long a step takes this time. */
  around(ms: number): number {
    return Math.round(ms * (0.5 + this.next()));
  }

  private chars(alphabet: string, length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  /** A swarm object ID as swarmkit makes them: 25 lowercase letters and digits. */
  objectId(): string {
    return this.chars(ID_CHARS, 25);
  }

  /** A container or network ID: 64 hex digits. */
  hexId(): string {
    return this.chars(HEX, 64);
  }
}
