// Failures shown without asking: for a service below its desired count, the newest failed/rejected task of each slot that has nothing up, and the reason for its legend entry.
import type { ClusterState, ServiceView, TaskView } from "@/lib/model-types";
import { isTerminal } from "@/lib/task-states";
import { taskProblem } from "./task-display";

export interface Failures {
  /** Ids of the past failed/rejected tasks the board shows even with "Show stopped tasks" off (at most one per slot, the newest). */
  taskIds: Set<string>;
  /** Service id → what went wrong (the engine's error of its newest failure, else of a task stuck before running). */
  problems: Map<string, string>;
}

/** The engine reports fewer running tasks than it wants (and wants some). */
export function isBelowDesired(service: Pick<ServiceView, "running" | "desired">): boolean {
  return service.desired !== null && service.desired > 0 && (service.running ?? 0) < service.desired;
}

/** A task that ended in error. */
export function isFailure(task: Pick<TaskView, "state">): boolean {
  return task.state === "failed" || task.state === "rejected";
}

/** The slot a task fills: its replica number, or for global tasks its node (a global task with no node is a slot of its own). */
function slotKey(task: TaskView): string {
  if (task.slot !== null) return `slot:${task.slot}`;
  return task.nodeId !== null ? `node:${task.nodeId}` : `task:${task.id}`;
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

const newer = (a: TaskView, b: TaskView): boolean => time(a.createdAt) > time(b.createdAt) || (time(a.createdAt) === time(b.createdAt) && a.id > b.id);

/** A slot that has a task up (or a job's task that completed) needs no failure shown. */
const fills = (task: TaskView): boolean => task.state === "running" || task.state === "complete";

export function findFailures(cluster: Pick<ClusterState, "tasks" | "services">): Failures {
  const bySlot = new Map<string, { filled: boolean; failure: TaskView | null; stuck: TaskView | null }>();
  for (const task of Object.values(cluster.tasks)) {
    const service = cluster.services[task.serviceId];
    if (!service || !isBelowDesired(service)) continue;
    const key = `${task.serviceId}\u0000${slotKey(task)}`;
    const slot = bySlot.get(key) ?? { filled: false, failure: null, stuck: null };
    if (fills(task)) slot.filled = true;
    else if (isFailure(task)) {
      if (!slot.failure || newer(task, slot.failure)) slot.failure = task;
    } else if (!isTerminal(task.state) && taskProblem(task) !== null) {
      if (!slot.stuck || newer(task, slot.stuck)) slot.stuck = task;
    }
    bySlot.set(key, slot);
  }

  const taskIds = new Set<string>();
  const newestProblem = new Map<string, TaskView>();
  const offer = (task: TaskView, isFailed: boolean) => {
    const known = newestProblem.get(task.serviceId);
    // A failure's reason wins over a stuck task's; between equals, the newest.
    if (!known || (isFailed && !isFailure(known)) || (isFailed === isFailure(known) && newer(task, known))) newestProblem.set(task.serviceId, task);
  };
  for (const slot of bySlot.values()) {
    if (slot.filled) continue;
    if (slot.failure) {
      taskIds.add(slot.failure.id);
      offer(slot.failure, true);
    }
    if (slot.stuck) offer(slot.stuck, false);
  }
  const problems = new Map<string, string>();
  for (const [serviceId, task] of newestProblem) problems.set(serviceId, taskProblem(task) ?? "no reason given");
  return { taskIds, problems };
}
