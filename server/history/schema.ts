// The history database (DATA_DIR/history.sqlite): its tables, opened in WAL mode with incremental vacuum so pruning gives space back; an older file is migrated, a newer one set aside.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrateFromV1 } from "./migrate";

export const HISTORY_FILE = "history.sqlite";
/** PRAGMA user_version: 1 (or 0 on a file with tables) kept one JSON row per delta and task names per task state; 2 keeps compressed chunks and tasks once. */
export const SCHEMA_VERSION = 2;

/**
 * deltas: one row per chunk (a flush's deltas, cut at every keyframe): `seq` is its last delta's number, `first` its
 * first's, `at` its earliest time, `data` brotli JSON lines (chunk.ts). keyframes.state is brotli JSON too. A task's
 * service and slot are kept once (tasks), a node's ID and hostname once (places), the path of states by their keys
 * (task_states, written in `seq` order: pruned by rowid).
 */
const TABLES = `
CREATE TABLE IF NOT EXISTS deltas (seq INTEGER PRIMARY KEY, first INTEGER NOT NULL, at INTEGER NOT NULL, count INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS keyframes (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, start INTEGER NOT NULL, at INTEGER NOT NULL, version INTEGER NOT NULL, state BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS keyframes_at ON keyframes(at, id);
CREATE INDEX IF NOT EXISTS keyframes_seq ON keyframes(seq);
CREATE TABLE IF NOT EXISTS entries (
  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, until INTEGER, kind TEXT NOT NULL, sentence TEXT NOT NULL,
  objects TEXT NOT NULL, actor TEXT, detail TEXT, narr_key TEXT UNIQUE);
CREATE INDEX IF NOT EXISTS entries_at ON entries(at, id);
CREATE INDEX IF NOT EXISTS entries_kind ON entries(kind, at);
CREATE TABLE IF NOT EXISTS entry_objects (type TEXT NOT NULL, name TEXT NOT NULL, entry_id INTEGER NOT NULL, PRIMARY KEY (type, name, entry_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entry_objects_entry ON entry_objects(entry_id);
CREATE TABLE IF NOT EXISTS tasks (key INTEGER PRIMARY KEY, task_id TEXT NOT NULL UNIQUE, service_id TEXT NOT NULL, service_name TEXT, slot INTEGER);
CREATE TABLE IF NOT EXISTS places (key INTEGER PRIMARY KEY, node_id TEXT NOT NULL, node TEXT);
CREATE TABLE IF NOT EXISTS task_states (
  task INTEGER NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL,
  state TEXT NOT NULL, desired TEXT NOT NULL, message TEXT, error TEXT, exit_code INTEGER, place INTEGER);
CREATE INDEX IF NOT EXISTS task_states_task ON task_states(task, seq);
CREATE TABLE IF NOT EXISTS service_changes (
  service_id TEXT NOT NULL, name TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL, version INTEGER,
  fields TEXT NOT NULL, update_state TEXT, update_message TEXT, view TEXT);
CREATE INDEX IF NOT EXISTS service_changes_id ON service_changes(service_id, seq);
CREATE INDEX IF NOT EXISTS service_changes_name ON service_changes(name);
CREATE INDEX IF NOT EXISTS service_changes_seq ON service_changes(seq);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

function open(file: string): Database.Database {
  const db = new Database(file);
  db.pragma("auto_vacuum = INCREMENTAL"); // takes effect on a new file (before the first table)
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  return db;
}

export function openHistoryDb(dataDir: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, HISTORY_FILE);
  let db = open(file);
  let version = db.pragma("user_version", { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    // Written by a newer Swarmscope: kept untouched for it, and this one starts a new file.
    db.close();
    const aside = `${file}.schema${version}`;
    for (const suffix of ["", "-wal", "-shm"]) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
    console.warn(`Swarmscope: ${file} is from a newer Swarmscope (schema ${version}); moved to ${aside}, starting a new history`);
    db = open(file);
    version = 0;
  }
  const old = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deltas'").get() !== undefined;
  if (version < SCHEMA_VERSION && old) migrateFromV1(db, TABLES);
  else db.exec(TABLES);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
  return db;
}

/** Bytes the database's pages in use take (the file minus its free pages). */
export function usedBytes(db: Database.Database): number {
  const pages = db.pragma("page_count", { simple: true }) as number;
  const free = db.pragma("freelist_count", { simple: true }) as number;
  const size = db.pragma("page_size", { simple: true }) as number;
  return (pages - free) * size;
}
