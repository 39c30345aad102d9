// Reads the timeline: entries newest first, filtered by time, kind and the objects they touch, a page at a time (cursor "at.id").
import type Database from "better-sqlite3";
import type { AuditEntry } from "../../lib/audit-types";
import type { TimelineActor, TimelineEntry, TimelineKind, TimelineObjects, TimelinePage } from "../../lib/history-types";
import { actionSentence } from "./entry-text";
import type { ObjectType } from "./entry-objects";

export interface TimelineQuery {
  from: number | null;
  to: number | null;
  kinds: TimelineKind[] | null;
  /** Object filters, each by the name entries keep (service and stack names, node hostnames). */
  objects: [ObjectType, string][];
  limit: number;
  before: { at: number; id: number } | null;
  /** Operators and admins see actions' parameters (already without secret values). */
  withParams: boolean;
}

interface Row {
  id: number;
  at: number;
  until: number | null;
  kind: TimelineKind;
  sentence: string;
  objects: string;
  actor: string | null;
  detail: string | null;
}

export function readTimeline(db: Database.Database, q: TimelineQuery): Omit<TimelinePage, "oldest"> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]) => {
    where.push(clause);
    args.push(...values);
  };
  if (q.from !== null) add("at >= ?", q.from);
  if (q.to !== null) add("at <= ?", q.to);
  if (q.kinds) add(`kind IN (${q.kinds.map(() => "?").join(", ")})`, ...q.kinds);
  for (const [type, name] of q.objects) add("id IN (SELECT entry_id FROM entry_objects WHERE type = ? AND name = ?)", type, name);
  if (q.before) add("(at < ? OR (at = ? AND id < ?))", q.before.at, q.before.at, q.before.id);
  const sql = `SELECT id, at, until, kind, sentence, objects, actor, detail FROM entries ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY at DESC, id DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...args, q.limit + 1) as Row[];
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { entries: page.map((r) => toEntry(r, q.withParams)), next: more && last ? `${last.at}.${last.id}` : null };
}

function toEntry(r: Row, withParams: boolean): TimelineEntry {
  const entry: TimelineEntry = {
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    until: r.until === null ? null : new Date(r.until).toISOString(),
    kind: r.kind,
    sentence: r.kind === "action" && r.detail ? actionSentence(JSON.parse(r.detail) as AuditEntry, withParams) : r.sentence,
    objects: JSON.parse(r.objects) as TimelineObjects,
  };
  if (r.actor) entry.actor = JSON.parse(r.actor) as TimelineActor;
  return entry;
}

/** Whether any entry names this object (a removed service is still known to the history). */
export function historyKnows(db: Database.Database, type: ObjectType, name: string): boolean {
  return db.prepare("SELECT 1 FROM entry_objects WHERE type = ? AND name = ? LIMIT 1").get(type, name) !== undefined;
}
