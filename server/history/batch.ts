// One change batch as the history sees it: the model before, the changes, the model after, its time; and lookups over it.
import type { Change, ClusterState, TaskView } from "../../lib/model-types";

export interface HistoryBatch {
  before: ClusterState;
  after: ClusterState;
  changes: readonly Change[];
  /** ms since the epoch. */
  at: number;
  /** The delta's time as the hub wrote it. */
  atIso: string;
}

export function hostnameIn(b: HistoryBatch, nodeId: string | null): string | null {
  if (!nodeId) return null;
  return b.after.nodes[nodeId]?.hostname ?? b.before.nodes[nodeId]?.hostname ?? null;
}

/** The tasks the batch touched, as they are after it (or were, when removed). */
export function changedTasks(b: HistoryBatch): { before: TaskView | undefined; after: TaskView | undefined }[] {
  const out: { before: TaskView | undefined; after: TaskView | undefined }[] = [];
  for (const c of b.changes) if (c.kind === "tasks" && "id" in c) out.push({ before: b.before.tasks[c.id], after: b.after.tasks[c.id] });
  return out;
}

export function serviceStack(b: HistoryBatch, name: string): string | null {
  for (const s of Object.values(b.after.services)) if (s.name === name) return s.stack;
  return null;
}
