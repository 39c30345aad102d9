// The history of the swarm as Swarmscope saw it: opens DATA_DIR/history.sqlite, records a gap for the time it was down, hears the hub, the engine events and the audit, and answers the history routes.
import type Database from "better-sqlite3";
import type { AuditEntry } from "../../lib/audit-types";
import type { EngineEvent } from "../../lib/engine-types";
import type { ServiceHistory, TaskHistory, TimelinePage } from "../../lib/history-types";
import type { Hub } from "../hub/hub";
import { actionObjects, actorOf, eventObjects, eventSentence, eventTime, gapSentence, isSwarmAction } from "./entry-text";
import { objectsOf, type ObjectType } from "./entry-objects";
import { serviceHistory, taskHistory } from "./object-history";
import { type Rebuilt, rebuildAt, rebuildAtSeq } from "./rebuild";
import { openHistoryDb } from "./schema";
import { historyKnows, readTimeline, type TimelineQuery } from "./timeline-query";
import { HistoryWriter, type WriterOptions } from "./writer";

export const DEFAULT_HISTORY_MAX_MB = 500;

export interface HistoryOptions {
  dataDir: string;
  /** SWARMSCOPE_HISTORY_MAX_MB (default 500). */
  maxMb?: number;
  now?: () => number;
  flushMs?: number;
  flushRows?: number;
}

/** What a moment answers: the model then, a time Swarmscope was not running, or a time before everything kept. */
export type Moment = { kind: "state"; rebuilt: Rebuilt } | { kind: "gap"; from: number; to: number } | { kind: "before"; oldest: number | null };

export class History {
  readonly db: Database.Database;
  readonly writer: HistoryWriter;
  private readonly now: () => number;
  private detach: (() => void)[] = [];
  private warned = false;

  constructor(o: HistoryOptions) {
    this.now = o.now ?? Date.now;
    this.db = openHistoryDb(o.dataDir);
    const started = this.now();
    const writerOptions: WriterOptions = {
      now: this.now,
      maxBytes: (o.maxMb ?? DEFAULT_HISTORY_MAX_MB) * 1024 * 1024,
      flushMs: o.flushMs,
      flushRows: o.flushRows,
      onShortHistory: (r) => {
        if (this.warned) return;
        this.warned = true;
        console.warn(`history: SWARMSCOPE_HISTORY_MAX_MB keeps less than 24 hours (oldest now ${new Date(r.oldest ?? 0).toISOString()}); raise it to keep a day`);
      },
    };
    this.writer = new HistoryWriter(this.db, writerOptions, String(started));
    const heartbeat = this.db.prepare("SELECT value FROM meta WHERE key = 'heartbeat'").get() as { value: string } | undefined;
    const last = heartbeat ? Number(heartbeat.value) : NaN;
    // Never papered over: the time since the last run's last heartbeat is a gap.
    if (Number.isFinite(last) && started > last) this.writer.entry({ at: last, until: started, kind: "gap", sentence: gapSentence(last, started), objects: objectsOf({}) });
  }

  /** Starts recording the hub's deltas and events (from its model as it is now) and, with `onRecord`, the audit's swarm actions. */
  attach(hub: Hub, onRecord?: (fn: (e: AuditEntry) => void) => void): void {
    const now = hub.snapshot();
    this.writer.startKeyframe(now.state, now.version);
    this.detach.push(hub.subscribe((delta, state) => this.writer.delta(delta, state)));
    this.detach.push(hub.onEvent((e) => this.event(e)));
    onRecord?.((e) => this.action(e));
    this.writer.start();
  }

  event(e: EngineEvent): void {
    this.writer.entry({ at: eventTime(e, this.now()), until: null, kind: "engine-event", sentence: eventSentence(e), objects: eventObjects(e) });
  }

  action(e: AuditEntry): void {
    if (!isSwarmAction(e.action)) return;
    const at = Date.parse(e.time);
    this.writer.entry({ at: Number.isFinite(at) ? at : this.now(), until: null, kind: "action", sentence: "", objects: actionObjects(e), actor: actorOf(e), detail: e });
  }

  /** The oldest moment kept (ms), or null. */
  oldest(): number | null {
    this.writer.flush();
    return (this.db.prepare("SELECT MIN(at) AS m FROM keyframes").get() as { m: number | null }).m;
  }

  /** The model at `at` (ms). */
  moment(at: number): Moment {
    this.writer.flush();
    const gap = this.db.prepare("SELECT at, until FROM entries WHERE kind = 'gap' AND at < ? AND until > ? ORDER BY at DESC LIMIT 1").get(at, at) as
      { at: number; until: number } | undefined;
    if (gap) return { kind: "gap", from: gap.at, to: gap.until };
    const rebuilt = rebuildAt(this.db, at);
    return rebuilt ? { kind: "state", rebuilt } : { kind: "before", oldest: this.oldest() };
  }

  /** The model right after the history's delta number `seq` (tests). */
  atSeq(seq: number): Rebuilt | null {
    this.writer.flush();
    return rebuildAtSeq(this.db, seq);
  }

  timeline(q: TimelineQuery): TimelinePage {
    this.writer.flush();
    const oldest = this.oldest();
    return { ...readTimeline(this.db, q), oldest: oldest === null ? null : new Date(oldest).toISOString() };
  }

  knows(type: ObjectType, name: string): boolean {
    this.writer.flush();
    return historyKnows(this.db, type, name);
  }

  task(id: string): TaskHistory | null {
    this.writer.flush();
    return taskHistory(this.db, id);
  }

  service(ref: string): ServiceHistory | null {
    this.writer.flush();
    return serviceHistory(this.db, ref);
  }

  /** Stops hearing, writes what is queued and the last heartbeat (the next start's gap begins there), and closes the file. */
  close(): void {
    for (const d of this.detach) d();
    this.detach = [];
    this.writer.stop();
    this.db.close();
  }
}
