// The history's stored blocks: a flush's deltas as one chunk (JSON lines, brotli-compressed), and keyframes compressed the same way; a block that does not decode is null, never a crash.
import zlib from "node:zlib";
import type { StoredChange } from "./stored-changes";

/** One delta in a chunk; its history number is the chunk's first plus its place. */
export interface ChunkDelta {
  version: number;
  /** ms since the epoch. */
  at: number;
  changes: StoredChange[];
}

/** Fast brotli: about as small as deflate's best at a tenth of its time (a 3000-task keyframe in ~4 ms). */
const QUALITY = 1;

export function pack(text: string): Buffer {
  return zlib.brotliCompressSync(text, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text) },
  });
}

/** The text packed, or null when the block is torn or garbled. */
export function unpack(block: Buffer): string | null {
  try {
    return zlib.brotliDecompressSync(block).toString("utf8");
  } catch {
    return null;
  }
}

/** Each delta's JSON on its own line. */
export function encodeChunk(deltas: readonly ChunkDelta[]): Buffer {
  return pack(deltas.map((d) => JSON.stringify([d.version, d.at, d.changes])).join("\n"));
}

/** The chunk's deltas, or null when it is torn or garbled (not brotli, not JSON lines of the shape written). */
export function decodeChunk(block: Buffer): ChunkDelta[] | null {
  const text = unpack(block);
  if (text === null) return null;
  try {
    return text.split("\n").map((line) => {
      const [version, at, changes] = JSON.parse(line) as [unknown, unknown, unknown];
      if (typeof version !== "number" || typeof at !== "number" || !Array.isArray(changes)) throw new Error("not a delta");
      return { version, at, changes: changes as StoredChange[] };
    });
  } catch {
    return null;
  }
}
