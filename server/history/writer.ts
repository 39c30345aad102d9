// The history's writer: the live path only queues (a delta, an event, an action); a timer writes the queue in one transaction every 250 ms, the deltas as one compressed chunk.
import type Database from "better-sqlite3";
import type { TimelineActor, TimelineKind } from "../../lib/history-types";
import type { ClusterState, Delta, ServiceView } from "../../lib/model-types";
import type { HistoryBatch } from "./batch";
import { encodeChunk, pack, type ChunkDelta } from "./chunk";
import type { ObjectSet } from "./entry-objects";
import { keyframeDue } from "./keyframe-rule";
import { NarrationLog, type NarratedEntry } from "./narration-log";
import { prune, type PruneResult } from "./prune";
import { serviceChangeRows } from "./service-diff";
import { storedChanges } from "./stored-changes";
import { taskSignature, taskStateRows, type TaskStateRow } from "./task-path";

export interface WriterOptions {
  now: () => number;
  /** SWARMSCOPE_HISTORY_MAX_MB in bytes. */
  maxBytes: number;
  /** Flush interval (ms) and the queue length that flushes at once (on the next turn of the event loop). */
  flushMs?: number;
  flushRows?: number;
  /** Told when pruning reached into the last 24 hours. */
  onShortHistory?: (r: PruneResult) => void;
}

type Queued =
  | { type: "delta"; delta: Delta; state: ClusterState }
  | { type: "keyframe"; at: number; version: number; state: ClusterState }
  | { type: "entry"; at: number; until: number | null; kind: TimelineKind; sentence: string; objects: ObjectSet; actor?: TimelineActor; detail?: unknown };

export const HEARTBEAT_MS = 10_000;
/** Narrated sentences whose entry IDs are remembered for their revisions (the narrator itself keeps 40). */
const NARRATED_KEEP = 400;
/** The timer's flushes write for at most this long per turn of the event loop; what is left follows on the next turns. */
export const FLUSH_SLICE_MS = 8;
/** A chunk holds at most this many deltas (a flush of more writes several). */
const CHUNK_DELTAS = 1000;
/** Task keys remembered between flushes (forgotten all at once past this, and whenever rows may have gone: a failed flush, pruning). */
const TASKS_KEPT = 20_000;

interface TaskKey {
  key: number;
  serviceName: string | null;
  slot: number | null;
}

export class HistoryWriter {
  private queue: Queued[] = [];
  private seq: number;
  private entryId: number;
  private last: ClusterState | null = null;
  private lastVersion = 0;
  /** The deltas of this flush not yet in a chunk. */
  private chunk: { first: number; at: number; deltas: ChunkDelta[] } | null = null;
  /** A flush failed: the next one starts with a keyframe, so the deltas after it rebuild without the lost ones. */
  private resync = false;
  private readonly tasks = new Map<string, TaskKey>();
  private readonly places = new Map<string, number>();
  private readonly narration: NarrationLog;
  private readonly narrated = new Map<string, number>();
  private counters = { deltas: 0, bytes: 0, keyframeBytes: 0, keyframeAt: 0 };
  private timer: NodeJS.Timeout | null = null;
  private soon: NodeJS.Immediate | null = null;
  private lastHeartbeat = 0;
  /** Rows written, by what (for the benchmark and tests). */
  /** Records a failed flush dropped (each error is logged once). */
  lost = 0;
  private readonly said = new Set<string>();
  readonly written = { deltas: 0, chunks: 0, keyframes: 0, entries: 0, taskStates: 0, serviceChanges: 0, flushes: 0 };
  private readonly st: Record<
    | "delta"
    | "keyframe"
    | "entry"
    | "revise"
    | "object"
    | "task"
    | "lastTask"
    | "taskKey"
    | "newTask"
    | "renameTask"
    | "placeKey"
    | "newPlace"
    | "service"
    | "lastService"
    | "meta",
    Database.Statement
  >;

  constructor(
    private readonly db: Database.Database,
    private readonly o: WriterOptions,
    run: string,
  ) {
    this.narration = new NarrationLog(run);
    this.seq = (db.prepare("SELECT MAX(seq) AS m FROM deltas").get() as { m: number | null }).m ?? 0;
    const maxKeyframeSeq = (db.prepare("SELECT MAX(seq) AS m FROM keyframes").get() as { m: number | null }).m ?? 0;
    this.seq = Math.max(this.seq, maxKeyframeSeq);
    this.entryId = (db.prepare("SELECT MAX(id) AS m FROM entries").get() as { m: number | null }).m ?? 0;
    this.st = {
      delta: db.prepare("INSERT INTO deltas (seq, first, at, count, data) VALUES (?, ?, ?, ?, ?)"),
      keyframe: db.prepare("INSERT INTO keyframes (seq, start, at, version, state) VALUES (?, ?, ?, ?, ?)"),
      entry: db.prepare("INSERT INTO entries (id, at, until, kind, sentence, objects, actor, detail, narr_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      revise: db.prepare("UPDATE entries SET until = ?, kind = ?, sentence = ?, objects = ? WHERE id = ?"),
      object: db.prepare("INSERT OR IGNORE INTO entry_objects (type, name, entry_id) VALUES (?, ?, ?)"),
      task: db.prepare("INSERT INTO task_states (task, seq, at, state, desired, message, error, exit_code, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      lastTask: db.prepare(
        "SELECT s.state, s.desired, p.node_id AS nodeId, s.message, s.error FROM tasks t JOIN task_states s ON s.task = t.key LEFT JOIN places p ON p.key = s.place WHERE t.task_id = ? ORDER BY s.seq DESC LIMIT 1",
      ),
      taskKey: db.prepare("SELECT key, service_name AS serviceName, slot FROM tasks WHERE task_id = ?"),
      newTask: db.prepare("INSERT INTO tasks (task_id, service_id, service_name, slot) VALUES (?, ?, ?, ?)"),
      renameTask: db.prepare("UPDATE tasks SET service_name = ?, slot = ? WHERE key = ?"),
      placeKey: db.prepare("SELECT key FROM places WHERE node_id = ? AND node IS ?").pluck(),
      newPlace: db.prepare("INSERT INTO places (node_id, node) VALUES (?, ?)"),
      service: db.prepare(
        "INSERT INTO service_changes (service_id, name, seq, at, kind, version, fields, update_state, update_message, view) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      lastService: db.prepare("SELECT view FROM service_changes WHERE service_id = ? ORDER BY seq DESC LIMIT 1"),
      meta: db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
    };
  }

  start(): void {
    this.timer ??= setInterval(() => this.flush(FLUSH_SLICE_MS), this.o.flushMs ?? 250);
    this.timer.unref();
  }

  /** The run's first keyframe: the model as the run starts (every later delta of the run builds on it). */
  startKeyframe(state: ClusterState, version: number): void {
    this.last = state;
    this.lastVersion = version;
    this.queue.push({ type: "keyframe", at: this.o.now(), version, state });
  }

  delta(delta: Delta, state: ClusterState): void {
    this.push({ type: "delta", delta, state });
  }

  entry(e: Omit<Extract<Queued, { type: "entry" }>, "type">): void {
    this.push({ type: "entry", ...e });
  }

  private push(item: Queued): void {
    this.queue.push(item);
    if (this.queue.length >= (this.o.flushRows ?? 2000) && !this.soon) this.soon = setImmediate(() => this.flush(FLUSH_SLICE_MS));
  }

  /**
   * Writes what is queued in one transaction; then the heartbeat and, when over the limit, pruning. With `budgetMs`, stops
   * after the item that uses it up and leaves the rest to the next turn of the event loop (the answer is false then);
   * without, writes everything (readers call this first).
   */
  flush(budgetMs = Infinity): boolean {
    if (this.soon) clearImmediate(this.soon);
    this.soon = null;
    const now = this.o.now();
    if (this.queue.length === 0) {
      if (now - this.lastHeartbeat >= HEARTBEAT_MS) this.heartbeat(now);
      return true;
    }
    const items = this.queue;
    this.queue = [];
    const deadline = performance.now() + budgetMs;
    let taken = items.length;
    let failed = false;
    try {
      this.db.transaction(() => {
        if (this.resync && this.last) this.keyframe(this.seq, false, now, this.lastVersion, this.last);
        for (let i = 0; i < items.length; i++) {
          this.write(items[i]);
          if (i + 1 < items.length && performance.now() >= deadline) {
            taken = i + 1;
            break;
          }
        }
        this.closeChunk();
        this.st.meta.run("heartbeat", String(now));
      })();
      this.resync = false;
    } catch (err) {
      this.chunk = null;
      this.resync = true;
      this.tasks.clear();
      this.places.clear();
      failed = true;
      // The next keyframe holds the model after the lost deltas: the hub's next deltas build on it.
      for (const item of items.slice(0, taken))
        if (item.type === "delta") {
          this.last = item.state;
          this.lastVersion = item.delta.version;
        }
      // A failed write never takes the live path down: the batch is counted as lost and said once per kind of error.
      this.lost += taken;
      const why = err instanceof Error ? err.message : String(err);
      if (!this.said.has(why)) console.error(`Swarmscope: history write failed, ${taken} records lost: ${why}`);
      this.said.add(why);
    }
    this.queue = items.slice(taken).concat(this.queue);
    if (this.queue.length > 0) {
      this.soon = setImmediate(() => this.flush(budgetMs));
      return false;
    }
    if (failed) return true;
    this.lastHeartbeat = now;
    this.written.flushes++;
    const pruned = prune(this.db, this.o.maxBytes, now);
    if (pruned.dropped > 0) this.tasks.clear();
    if (pruned.underADay) this.o.onShortHistory?.(pruned);
    return true;
  }

  heartbeat(now = this.o.now()): void {
    this.st.meta.run("heartbeat", String(now));
    this.lastHeartbeat = now;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.flush();
    this.heartbeat();
  }

  private write(item: Queued): void {
    if (item.type === "keyframe") {
      this.closeChunk();
      return this.keyframe(this.seq, true, item.at, item.version, item.state);
    }
    if (item.type === "entry") {
      const id = ++this.entryId;
      const objects = item.objects.toJSON();
      this.st.entry.run(
        id,
        item.at,
        item.until,
        item.kind,
        item.sentence,
        JSON.stringify(objects),
        item.actor ? JSON.stringify(item.actor) : null,
        item.detail ? JSON.stringify(item.detail) : null,
        null,
      );
      for (const [type, name] of item.objects.pairs()) this.st.object.run(type, name, id);
      this.written.entries++;
      return;
    }
    this.writeDelta(item.delta, item.state);
  }

  private keyframe(seq: number, start: boolean, at: number, version: number, state: ClusterState): void {
    const json = JSON.stringify(state);
    this.st.keyframe.run(seq, start ? 1 : 0, at, version, pack(json));
    this.counters = { deltas: 0, bytes: 0, keyframeBytes: json.length, keyframeAt: at };
    this.written.keyframes++;
  }

  private writeDelta(delta: Delta, state: ClusterState): void {
    const seq = ++this.seq;
    const at = Date.parse(delta.at);
    // Patches against the model before (a keyframe or the deltas so far hold it); without one, the changes as they are.
    const changes = this.last ? storedChanges(this.last, delta.changes) : delta.changes;
    this.chunk ??= { first: seq, at, deltas: [] };
    this.chunk.deltas.push({ version: delta.version, at, changes });
    this.chunk.at = Math.min(this.chunk.at, at);
    const bytes = JSON.stringify(changes).length;
    this.written.deltas++;
    const batch: HistoryBatch = { before: this.last ?? state, after: state, changes: delta.changes, at, atIso: delta.at };
    this.last = state;
    this.lastVersion = delta.version;
    for (const e of this.narration.next(batch)) this.writeNarrated(e);
    for (const r of taskStateRows(batch, (id) => this.lastTaskSignature(id))) {
      this.st.task.run(this.taskKey(r), seq, r.at, r.state, r.desired, r.message, r.error, r.exitCode, this.placeKey(r.nodeId, r.node));
      this.written.taskStates++;
    }
    for (const r of serviceChangeRows(batch, (id) => this.lastServiceView(id))) {
      const update = r.update;
      this.st.service.run(
        r.serviceId,
        r.name,
        seq,
        r.at,
        r.kind,
        r.version,
        JSON.stringify(r.fields),
        update?.state ?? null,
        update?.message ?? null,
        r.view ? JSON.stringify(r.view) : null,
      );
      this.written.serviceChanges++;
    }
    this.counters.deltas++;
    this.counters.bytes += bytes;
    const due = keyframeDue({ ...this.counters, sinceMs: at - this.counters.keyframeAt });
    // A chunk ends at a keyframe (pruning drops whole chunks) and at its size.
    if (due || this.chunk.deltas.length >= CHUNK_DELTAS) this.closeChunk();
    if (due) this.keyframe(seq, false, at, delta.version, state);
  }

  private closeChunk(): void {
    const c = this.chunk;
    if (!c) return;
    this.chunk = null;
    this.st.delta.run(c.first + c.deltas.length - 1, c.first, c.at, c.deltas.length, encodeChunk(c.deltas));
    this.written.chunks++;
  }

  private writeNarrated(e: NarratedEntry): void {
    let id = this.narrated.get(e.key);
    const objects = JSON.stringify(e.objects);
    if (id === undefined) {
      id = ++this.entryId;
      this.narrated.set(e.key, id);
      if (this.narrated.size > NARRATED_KEEP) this.narrated.delete(this.narrated.keys().next().value as string);
      this.st.entry.run(id, e.at, null, e.kind, e.sentence, objects, null, null, e.key);
      this.written.entries++;
    } else this.st.revise.run(e.at, e.kind, e.sentence, objects, id);
    for (const [type, list] of [
      ["service", e.objects.services],
      ["node", e.objects.nodes],
      ["task", e.objects.tasks],
      ["stack", e.objects.stacks],
    ] as const)
      for (const name of list) this.st.object.run(type, name, id);
  }

  /** The task's key in `tasks` (its service and slot, kept once: the last seen), added when new. */
  private taskKey(r: TaskStateRow): number {
    let known = this.tasks.get(r.taskId) ?? (this.st.taskKey.get(r.taskId) as TaskKey | undefined);
    if (!known) known = { key: Number(this.st.newTask.run(r.taskId, r.serviceId, r.serviceName, r.slot).lastInsertRowid), serviceName: r.serviceName, slot: r.slot };
    else if (known.serviceName !== r.serviceName || known.slot !== r.slot) {
      this.st.renameTask.run(r.serviceName, r.slot, known.key);
      known = { ...known, serviceName: r.serviceName, slot: r.slot };
    }
    if (this.tasks.size >= TASKS_KEPT) this.tasks.clear();
    this.tasks.set(r.taskId, known);
    return known.key;
  }

  /** The key of a node's ID with its hostname then in `places`, added when new; null for no node. */
  private placeKey(nodeId: string | null, node: string | null): number | null {
    if (nodeId === null) return null;
    const name = JSON.stringify([nodeId, node]);
    let key = this.places.get(name) ?? (this.st.placeKey.get(nodeId, node) as number | undefined);
    key ??= Number(this.st.newPlace.run(nodeId, node).lastInsertRowid);
    this.places.set(name, key);
    return key;
  }

  private lastTaskSignature(taskId: string): string | null {
    const row = this.st.lastTask.get(taskId) as { state: string; desired: string; nodeId: string | null; message: string | null; error: string | null } | undefined;
    return row ? taskSignature(row) : null;
  }

  private lastServiceView(serviceId: string): ServiceView | null {
    const row = this.st.lastService.get(serviceId) as { view: string | null } | undefined;
    return row?.view ? (JSON.parse(row.view) as ServiceView) : null;
  }
}
