// Keeps the history under its size limit: drops the oldest keyframe with everything only it needed, one keyframe at a time, never the newest.
import type Database from "better-sqlite3";
import { usedBytes } from "./schema";

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneResult {
  /** Keyframes dropped (with their deltas and entries). */
  dropped: number;
  /** The oldest moment still kept (ms), or null when nothing is kept. */
  oldest: number | null;
  /** True when pruning reached into the last 24 hours (the limit is too small for a day of this swarm). */
  underADay: boolean;
}

/** Prunes while the pages in use exceed `maxBytes`, down to 90% of it. */
export function prune(db: Database.Database, maxBytes: number, now: number): PruneResult {
  const result: PruneResult = { dropped: 0, oldest: null, underADay: false };
  if (usedBytes(db) <= maxBytes) return result;
  const two = db.prepare("SELECT id, seq, at FROM keyframes ORDER BY id LIMIT 2");
  const drop = db.transaction((cut: { id: number; seq: number; at: number }) => {
    db.prepare("DELETE FROM keyframes WHERE id < ?").run(cut.id);
    db.prepare("DELETE FROM deltas WHERE seq <= ?").run(cut.seq);
    // Task states are written in `seq` order: the oldest rows up to the first one past the cut.
    db.prepare("DELETE FROM task_states WHERE rowid < IFNULL((SELECT rowid FROM task_states WHERE seq > ? ORDER BY rowid LIMIT 1), 9e18)").run(cut.seq);
    db.prepare("DELETE FROM tasks WHERE NOT EXISTS (SELECT 1 FROM task_states WHERE task = tasks.key)").run();
    db.prepare("DELETE FROM service_changes WHERE seq <= ?").run(cut.seq);
    db.prepare("DELETE FROM entry_objects WHERE entry_id IN (SELECT id FROM entries WHERE at < ?)").run(cut.at);
    db.prepare("DELETE FROM entries WHERE at < ?").run(cut.at);
  });
  while (usedBytes(db) > maxBytes * 0.9) {
    const rows = two.all() as { id: number; seq: number; at: number }[];
    if (rows.length < 2) break;
    drop(rows[1]);
    result.dropped++;
    result.oldest = rows[1].at;
    if (rows[1].at > now - DAY_MS) result.underADay = true;
  }
  db.pragma("incremental_vacuum");
  return result;
}
