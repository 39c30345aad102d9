// Per-object history: a task's path of states ("why did it fail"), a service's spec changes and updates with who made them when it was us.
import type Database from "better-sqlite3";
import type { AuditEntry } from "../../lib/audit-types";
import type { FieldChange, ServiceHistory, TaskHistory } from "../../lib/history-types";
import type { TaskState } from "../../lib/engine-types";

/** A dashboard action counts as the cause of a service change this long before it (and a little after: the engine may answer late). */
export const BY_WINDOW_MS = 60_000;
const BY_AFTER_MS = 5_000;

interface TaskRow {
  at: number;
  service_id: string;
  service_name: string | null;
  slot: number | null;
  state: string;
  desired: string;
  message: string | null;
  error: string | null;
  exit_code: number | null;
  node_id: string | null;
  node: string | null;
}

export function taskHistory(db: Database.Database, taskId: string): TaskHistory | null {
  const rows = db
    .prepare(
      "SELECT s.*, t.service_id, t.service_name, t.slot, p.node_id, p.node FROM tasks t JOIN task_states s ON s.task = t.key LEFT JOIN places p ON p.key = s.place WHERE t.task_id = ? ORDER BY s.seq",
    )
    .all(taskId) as TaskRow[];
  if (rows.length === 0) return null;
  const last = rows[rows.length - 1];
  return {
    task: { id: taskId, serviceId: last.service_id, serviceName: last.service_name, slot: last.slot },
    states: rows.map((r) => ({
      at: new Date(r.at).toISOString(),
      state: r.state as TaskState,
      desiredState: r.desired as TaskState,
      message: r.message,
      error: r.error,
      exitCode: r.exit_code,
      nodeId: r.node_id,
      node: r.node,
    })),
  };
}

interface ServiceRow {
  service_id: string;
  name: string;
  at: number;
  kind: ServiceHistory["changes"][number]["kind"];
  version: number | null;
  fields: string;
  update_state: string | null;
  update_message: string | null;
}

/** The service by ID, else by its last name (the newest service of that name). */
function serviceIdOf(db: Database.Database, ref: string): string | null {
  const byId = db.prepare("SELECT service_id FROM service_changes WHERE service_id = ? LIMIT 1").get(ref) as { service_id: string } | undefined;
  if (byId) return byId.service_id;
  const byName = db.prepare("SELECT service_id FROM service_changes WHERE name = ? ORDER BY seq DESC LIMIT 1").get(ref) as { service_id: string } | undefined;
  return byName?.service_id ?? null;
}

export function serviceHistory(db: Database.Database, ref: string): ServiceHistory | null {
  const id = serviceIdOf(db, ref);
  if (!id) return null;
  const rows = db.prepare("SELECT * FROM service_changes WHERE service_id = ? ORDER BY seq").all(id) as ServiceRow[];
  const names = [...new Set(rows.map((r) => r.name))];
  const actions = (
    db
      .prepare(
        `SELECT e.at, e.detail FROM entries e WHERE e.kind = 'action' AND e.id IN (SELECT entry_id FROM entry_objects WHERE type = 'service' AND name IN (${names.map(() => "?").join(", ")})) ORDER BY e.at`,
      )
      .all(...names) as { at: number; detail: string }[]
  ).map((a) => ({ at: a.at, entry: JSON.parse(a.detail) as AuditEntry }));
  const by = (at: number) => {
    const cause = actions.filter((a) => a.entry.result === "ok" && a.at >= at - BY_WINDOW_MS && a.at <= at + BY_AFTER_MS).pop();
    return cause ? { user: cause.entry.user, role: cause.entry.role, action: cause.entry.action, result: cause.entry.result } : null;
  };
  return {
    service: { id, name: rows[rows.length - 1].name },
    changes: rows.map((r) => ({
      at: new Date(r.at).toISOString(),
      kind: r.kind,
      version: r.version,
      fields: JSON.parse(r.fields) as FieldChange[],
      update: r.update_state ? { state: r.update_state, message: r.update_message } : null,
      by: r.kind === "update" ? null : by(r.at),
    })),
  };
}
