// Rebuilds the model at a moment: the last keyframe at or before it, then the deltas after that keyframe up to the moment.
import type Database from "better-sqlite3";
import { applyChanges } from "../../lib/apply-changes";
import type { Change, ClusterState } from "../../lib/model-types";

export interface Rebuilt {
  state: ClusterState;
  version: number;
  /** Time of the last keyframe or delta folded in (ms). */
  recordedAt: number;
}

interface KeyframeRow {
  seq: number;
  at: number;
  version: number;
  state: string;
}

function fold(kf: KeyframeRow, deltas: { version: number; at: number; changes: string }[]): Rebuilt {
  let state = JSON.parse(kf.state) as ClusterState;
  let version = kf.version;
  let recordedAt = kf.at;
  for (const d of deltas) {
    state = applyChanges(state, JSON.parse(d.changes) as Change[]);
    version = d.version;
    recordedAt = d.at;
  }
  return { state, version, recordedAt };
}

/** The model at time `at` (ms), or null when no keyframe is that old. */
export function rebuildAt(db: Database.Database, at: number): Rebuilt | null {
  const kf = db.prepare("SELECT seq, at, version, state FROM keyframes WHERE at <= ? ORDER BY at DESC, id DESC LIMIT 1").get(at) as KeyframeRow | undefined;
  if (!kf) return null;
  const deltas = db.prepare("SELECT version, at, changes FROM deltas WHERE seq > ? AND at <= ? ORDER BY seq").all(kf.seq, at) as { version: number; at: number; changes: string }[];
  return fold(kf, deltas);
}

/**
 * The model right after the delta numbered `seq` was applied (the history's own numbering, across runs). A run's first
 * keyframe (start = 1) carries the number of the previous run's last delta but holds the new run's empty model: it
 * only serves the deltas after it.
 */
export function rebuildAtSeq(db: Database.Database, seq: number): Rebuilt | null {
  const kf = db.prepare("SELECT seq, at, version, state FROM keyframes WHERE seq < ? OR (seq = ? AND start = 0) ORDER BY seq DESC, id DESC LIMIT 1").get(seq, seq) as
    KeyframeRow | undefined;
  if (!kf) return null;
  const deltas = db.prepare("SELECT version, at, changes FROM deltas WHERE seq > ? AND seq <= ? ORDER BY seq").all(kf.seq, seq) as {
    version: number;
    at: number;
    changes: string;
  }[];
  return fold(kf, deltas);
}
