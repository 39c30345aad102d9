// Join tokens and the unlock key, shaped like swarmkit's: SWMTKN-1-<CA digest>-<secret> and SWMKEY-1-<key>.
import type { SeededRandom } from "./random";

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

function chars(rnd: SeededRandom, alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rnd.next() * alphabet.length)];
  return out;
}

/** The CA digest part every token of the swarm shares. */
export function caDigest(rnd: SeededRandom): string {
  return chars(rnd, BASE36, 50);
}

export function joinToken(rnd: SeededRandom, digest: string): string {
  return `SWMTKN-1-${digest}-${chars(rnd, BASE36, 25)}`;
}

export function unlockKey(rnd: SeededRandom): string {
  return `SWMKEY-1-${chars(rnd, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43)}`;
}
