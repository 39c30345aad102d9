// Rebuilds the model at a moment: the last keyframe at or before it (parsed once, the rebuild's own copy), then the chunks' deltas after it applied in place.
import type Database from "better-sqlite3";
import type { ClusterState } from "../../lib/model-types";
import { decodeChunk, unpack } from "./chunk";
import { applyInPlace } from "./stored-changes";

export interface Rebuilt {
  state: ClusterState;
  version: number;
  /** Time of the last keyframe or delta folded in (ms). */
  recordedAt: number;
}

interface KeyframeRow {
  id: number;
  seq: number;
  start: number;
  at: number;
  version: number;
}

interface ChunkRow {
  first: number;
  data: Buffer;
}

/** Chunks (and keyframes) that did not decode, since the process started: skipped, logged, counted. */
export const garbled = { chunks: 0, keyframes: 0 };

function warn(what: string, at: number): void {
  console.warn(`history: a ${what} at ${new Date(at).toISOString()} does not decode (torn or garbled); skipped (${garbled.chunks} chunks, ${garbled.keyframes} keyframes so far)`);
}

/** Folds the chunks' deltas numbered after the keyframe and accepted by `take` into the keyframe's model. */
function fold(kf: KeyframeRow, state: Buffer, chunks: ChunkRow[], take: (seq: number, at: number) => boolean): Rebuilt | null {
  const text = unpack(state);
  if (text === null) {
    garbled.keyframes++;
    warn("keyframe", kf.at);
    return null;
  }
  const model = JSON.parse(text) as ClusterState;
  let version = kf.version;
  let recordedAt = kf.at;
  for (const c of chunks) {
    const deltas = decodeChunk(c.data);
    if (!deltas) {
      garbled.chunks++;
      warn("delta chunk", recordedAt);
      continue;
    }
    deltas.forEach((d, i) => {
      const seq = c.first + i;
      if (seq <= kf.seq || !take(seq, d.at)) return;
      applyInPlace(model, d.changes);
      version = d.version;
      recordedAt = d.at;
    });
  }
  return { state: model, version, recordedAt };
}

/** Tries the keyframes newest first: one that does not decode leaves it to the one before, never past a run's start. */
function fromKeyframes(db: Database.Database, kfs: KeyframeRow[], chunksAfter: (kf: KeyframeRow) => ChunkRow[], take: (seq: number, at: number) => boolean): Rebuilt | null {
  const state = db.prepare("SELECT state FROM keyframes WHERE id = ?").pluck();
  for (const kf of kfs) {
    const rebuilt = fold(kf, state.get(kf.id) as Buffer, chunksAfter(kf), take);
    if (rebuilt) return rebuilt;
    if (kf.start) return null; // an older run's model does not continue into this run
  }
  return null;
}

/** The model at time `at` (ms), or null when no keyframe is that old. */
export function rebuildAt(db: Database.Database, at: number): Rebuilt | null {
  const kfs = db.prepare("SELECT id, seq, start, at, version FROM keyframes WHERE at <= ? ORDER BY at DESC, id DESC").all(at) as KeyframeRow[];
  // Up to the next keyframe's number: later chunks come after the moment.
  const chunks = db.prepare("SELECT first, data FROM deltas WHERE seq > ? AND seq <= IFNULL((SELECT MIN(seq) FROM keyframes WHERE seq > ?), 9e18) AND at <= ? ORDER BY seq");
  return fromKeyframes(
    db,
    kfs,
    (kf) => chunks.all(kf.seq, kf.seq, at) as ChunkRow[],
    (_, t) => t <= at,
  );
}

/**
 * The model right after the delta numbered `seq` was applied (the history's own numbering, across runs). A run's first
 * keyframe (start = 1) carries the number of the previous run's last delta but holds the new run's empty model: it
 * only serves the deltas after it.
 */
export function rebuildAtSeq(db: Database.Database, seq: number): Rebuilt | null {
  const kfs = db.prepare("SELECT id, seq, start, at, version FROM keyframes WHERE seq < ? OR (seq = ? AND start = 0) ORDER BY seq DESC, id DESC").all(seq, seq) as KeyframeRow[];
  // Up to the chunk that holds `seq`.
  const chunks = db.prepare("SELECT first, data FROM deltas WHERE seq > ? AND seq <= IFNULL((SELECT MIN(seq) FROM deltas WHERE seq >= ?), 9e18) ORDER BY seq");
  return fromKeyframes(
    db,
    kfs,
    (kf) => chunks.all(kf.seq, seq) as ChunkRow[],
    (s) => s <= seq,
  );
}
