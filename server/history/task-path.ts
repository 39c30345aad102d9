// The path of each task's states: one row whenever a task's state, desired state, node, message or error changes.
import type { TaskView } from "../../lib/model-types";
import { changedTasks, type HistoryBatch, hostnameIn } from "./batch";

export interface TaskStateRow {
  taskId: string;
  at: number;
  serviceId: string;
  serviceName: string | null;
  slot: number | null;
  state: string;
  desired: string;
  message: string | null;
  error: string | null;
  exitCode: number | null;
  nodeId: string | null;
  node: string | null;
}

/** What makes a new row: the same signature as the last row means nothing worth a line changed. */
export function taskSignature(t: { state: string; desired: string; nodeId: string | null; message: string | null; error: string | null }): string {
  return JSON.stringify([t.state, t.desired, t.nodeId, t.message, t.error]);
}

function row(b: HistoryBatch, t: TaskView, stateChanged: boolean): TaskStateRow {
  const since = t.stateSince ? Date.parse(t.stateSince) : NaN;
  return {
    taskId: t.id,
    at: stateChanged && Number.isFinite(since) ? since : b.at,
    serviceId: t.serviceId,
    serviceName: t.serviceName,
    slot: t.slot,
    state: t.state,
    desired: t.desiredState,
    message: t.message,
    error: t.error,
    exitCode: t.exitCode,
    nodeId: t.nodeId,
    node: hostnameIn(b, t.nodeId),
  };
}

/** Rows for the batch's tasks; `lastKnown` answers for a task the batch's `before` does not hold (first seen in this run). */
export function taskStateRows(b: HistoryBatch, lastKnown: (taskId: string) => string | null): TaskStateRow[] {
  const out: TaskStateRow[] = [];
  for (const { before, after } of changedTasks(b)) {
    if (!after) continue;
    const r = row(b, after, before?.state !== after.state);
    const was = before ? taskSignature({ ...before, desired: before.desiredState }) : lastKnown(after.id);
    if (was !== taskSignature(r)) out.push(r);
  }
  return out;
}
