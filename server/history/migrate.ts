// Brings a schema-1 history file (one JSON row per delta, JSON keyframes, task names on every task state) to schema 2 in one transaction, keeping everything it held.
import type Database from "better-sqlite3";
import { encodeChunk, pack, type ChunkDelta } from "./chunk";
import type { StoredChange } from "./stored-changes";

/** Deltas per migrated chunk (a live flush writes what 250 ms brought). */
const CHUNK_DELTAS = 250;

/** Every row of a paged query (`… WHERE key > ? … LIMIT n`), a page at a time (writes may run between pages, not during an iteration). */
function* pages<T>(page: Database.Statement, key: (row: T) => number): Generator<T> {
  let after = -1;
  for (;;) {
    const rows = page.all(after) as T[];
    if (rows.length === 0) return;
    yield* rows;
    after = key(rows[rows.length - 1]);
  }
}

export function migrateFromV1(db: Database.Database, tables: string): void {
  const started = performance.now();
  db.transaction(() => {
    db.exec(`DROP INDEX IF EXISTS deltas_at; DROP INDEX IF EXISTS keyframes_at;
      ALTER TABLE deltas RENAME TO deltas_v1; ALTER TABLE keyframes RENAME TO keyframes_v1;`);
    const oldTasks = db.prepare("SELECT 1 FROM pragma_table_info('task_states') WHERE name = 'task_id'").get() !== undefined;
    if (oldTasks) db.exec("DROP INDEX IF EXISTS task_states_task; DROP INDEX IF EXISTS task_states_seq; ALTER TABLE task_states RENAME TO task_states_v1;");
    db.exec(tables);
    if (oldTasks) {
      // Each task once, as its last state had it, and each node ID with hostname once; the states by their keys, in the order written.
      db.exec(`INSERT INTO tasks (task_id, service_id, service_name, slot)
          SELECT task_id, service_id, service_name, slot FROM (SELECT task_id, service_id, service_name, slot, MAX(seq) FROM task_states_v1 GROUP BY task_id);
        INSERT INTO places (node_id, node) SELECT DISTINCT node_id, node FROM task_states_v1 WHERE node_id IS NOT NULL;
        INSERT INTO task_states (task, seq, at, state, desired, message, error, exit_code, place)
          SELECT t.key, s.seq, s.at, s.state, s.desired, s.message, s.error, s.exit_code, p.key
          FROM task_states_v1 s JOIN tasks t ON t.task_id = s.task_id LEFT JOIN places p ON p.node_id = s.node_id AND p.node IS s.node
          ORDER BY s.seq, s.rowid;
        DROP TABLE task_states_v1;`);
    }
    const keyframe = db.prepare("INSERT INTO keyframes (id, seq, start, at, version, state) VALUES (?, ?, ?, ?, ?, ?)");
    const cuts = new Set<number>();
    for (const k of pages<{ id: number; seq: number; start: number; at: number; version: number; state: string }>(
      db.prepare("SELECT id, seq, start, at, version, state FROM keyframes_v1 WHERE id > ? ORDER BY id LIMIT 20"),
      (k) => k.id,
    )) {
      keyframe.run(k.id, k.seq, k.start, k.at, k.version, pack(k.state));
      cuts.add(k.seq);
    }
    const chunk = db.prepare("INSERT INTO deltas (seq, first, at, count, data) VALUES (?, ?, ?, ?, ?)");
    let open: { first: number; last: number; at: number; deltas: ChunkDelta[] } | null = null;
    const close = () => {
      if (open) chunk.run(open.last, open.first, open.at, open.deltas.length, encodeChunk(open.deltas));
      open = null;
    };
    for (const d of pages<{ seq: number; at: number; version: number; changes: string }>(
      db.prepare("SELECT seq, at, version, changes FROM deltas_v1 WHERE seq > ? ORDER BY seq LIMIT 2000"),
      (d) => d.seq,
    )) {
      if (open && d.seq !== open.last + 1) close(); // a chunk's deltas are numbered one after another
      open ??= { first: d.seq, last: d.seq, at: d.at, deltas: [] };
      open.deltas.push({ version: d.version, at: d.at, changes: JSON.parse(d.changes) as StoredChange[] });
      open.last = d.seq;
      open.at = Math.min(open.at, d.at);
      // A chunk never reaches past a keyframe: pruning drops whole chunks.
      if (open.deltas.length >= CHUNK_DELTAS || cuts.has(d.seq)) close();
    }
    close();
    db.exec("DROP TABLE deltas_v1; DROP TABLE keyframes_v1;");
  })();
  db.pragma("incremental_vacuum");
  console.warn(`Swarmscope: history file migrated to schema 2 (compressed delta chunks) in ${Math.round(performance.now() - started)} ms`);
}
