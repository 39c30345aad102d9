// The history database (DATA_DIR/history.sqlite): its tables, opened in WAL mode with incremental vacuum so pruning gives space back.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const HISTORY_FILE = "history.sqlite";

const TABLES = `
CREATE TABLE IF NOT EXISTS deltas (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, version INTEGER NOT NULL, changes TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS deltas_at ON deltas(at);
CREATE TABLE IF NOT EXISTS keyframes (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, start INTEGER NOT NULL, at INTEGER NOT NULL, version INTEGER NOT NULL, state TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS keyframes_at ON keyframes(at, id);
CREATE TABLE IF NOT EXISTS entries (
  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, until INTEGER, kind TEXT NOT NULL, sentence TEXT NOT NULL,
  objects TEXT NOT NULL, actor TEXT, detail TEXT, narr_key TEXT UNIQUE);
CREATE INDEX IF NOT EXISTS entries_at ON entries(at, id);
CREATE INDEX IF NOT EXISTS entries_kind ON entries(kind, at);
CREATE TABLE IF NOT EXISTS entry_objects (type TEXT NOT NULL, name TEXT NOT NULL, entry_id INTEGER NOT NULL, PRIMARY KEY (type, name, entry_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entry_objects_entry ON entry_objects(entry_id);
CREATE TABLE IF NOT EXISTS task_states (
  task_id TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, service_id TEXT NOT NULL, service_name TEXT, slot INTEGER,
  state TEXT NOT NULL, desired TEXT NOT NULL, message TEXT, error TEXT, exit_code INTEGER, node_id TEXT, node TEXT);
CREATE INDEX IF NOT EXISTS task_states_task ON task_states(task_id, seq);
CREATE INDEX IF NOT EXISTS task_states_seq ON task_states(seq);
CREATE TABLE IF NOT EXISTS service_changes (
  service_id TEXT NOT NULL, name TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL, version INTEGER,
  fields TEXT NOT NULL, update_state TEXT, update_message TEXT, view TEXT);
CREATE INDEX IF NOT EXISTS service_changes_id ON service_changes(service_id, seq);
CREATE INDEX IF NOT EXISTS service_changes_name ON service_changes(name);
CREATE INDEX IF NOT EXISTS service_changes_seq ON service_changes(seq);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

export function openHistoryDb(dataDir: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(path.join(dataDir, HISTORY_FILE));
  db.pragma("auto_vacuum = INCREMENTAL"); // takes effect on a new file (before the first table)
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec(TABLES);
  return db;
}

/** Bytes the database's pages in use take (the file minus its free pages). */
export function usedBytes(db: Database.Database): number {
  const pages = db.pragma("page_count", { simple: true }) as number;
  const free = db.pragma("freelist_count", { simple: true }) as number;
  const size = db.pragma("page_size", { simple: true }) as number;
  return (pages - free) * size;
}
