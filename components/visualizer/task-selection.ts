// Which tasks the board shows, in which order, and in which column (a node, or "Unassigned").
import type { ClusterState, NodeView, ServiceView, TaskView } from "@/lib/model-types";
import { isTerminal } from "@/lib/task-states";
import { findFailures } from "./failures";
import { sortNodes } from "./node-order";
import { compareServices } from "./service-order";
import { serviceMatches, type ViewFilter } from "./view-filter";

/** A column with more tasks than this shows small cards in two columns. */
export const COMPACT_ABOVE = 12;

export interface NodeColumnTasks {
  node: NodeView;
  tasks: TaskView[];
}

export interface Board {
  columns: NodeColumnTasks[];
  /** Tasks with no node, or with a node the model does not know; shown only when non-empty. */
  unassigned: TaskView[];
  /** Every task id on the board, for telling "moved to another column" from "gone". */
  taskIds: Set<string>;
}

/** Current tasks (not in a terminal state), or every task the engine keeps when `history` is on. */
export function isShown(task: TaskView, history: boolean): boolean {
  return history || !isTerminal(task.state);
}

function time(iso: string | null | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

/**
 * Order inside a column: by service (a stack's services together, then by name: service-order.ts), then slot (global tasks by node id), then newest first
 * (so with history on, a slot's current task comes before the ones it replaced).
 */
export function compareTasks(a: TaskView, b: TaskView, services: Record<string, ServiceView>): number {
  // Tasks of a service the model does not know (yet) go last.
  const serviceA = services[a.serviceId];
  const serviceB = services[b.serviceId];
  if (!serviceA !== !serviceB) return serviceA ? -1 : 1;
  const byService = serviceA && serviceB ? compareServices(serviceA, serviceB) : 0;
  if (byService !== 0) return byService;
  if (a.serviceId !== b.serviceId) return a.serviceId.localeCompare(b.serviceId);
  if (a.slot !== b.slot) {
    if (a.slot === null) return 1;
    if (b.slot === null) return -1;
    return a.slot - b.slot;
  }
  if (a.slot === null && a.nodeId !== b.nodeId) return (a.nodeId ?? "").localeCompare(b.nodeId ?? "");
  return time(b.createdAt) - time(a.createdAt) || b.id.localeCompare(a.id);
}

/**
 * The tasks the board shows, sorted (a new array): the shown ones (isShown) plus, even without history,
 * the past failures of services below their desired count (failures.ts).
 */
export function selectTasks(cluster: Pick<ClusterState, "tasks" | "services">, filter: ViewFilter): TaskView[] {
  const failures = filter.history ? null : findFailures(cluster).taskIds;
  const shown = Object.values(cluster.tasks).filter(
    (task) => (isShown(task, filter.history) || failures?.has(task.id) === true) && serviceMatches(cluster.services[task.serviceId], filter),
  );
  return shown.sort((a, b) => compareTasks(a, b, cluster.services));
}

const NONE: ReadonlySet<string> = new Set();

/**
 * One column per node (in column order, including nodes with no task) plus the unassigned tasks.
 * `heldBack`: task ids left off for now (see held-back.ts).
 */
export function buildBoard(cluster: Pick<ClusterState, "nodes" | "tasks" | "services">, filter: ViewFilter, heldBack: ReadonlySet<string> = NONE): Board {
  const nodes = sortNodes(Object.values(cluster.nodes));
  const byNode = new Map<string, TaskView[]>(nodes.map((node) => [node.id, []]));
  const unassigned: TaskView[] = [];
  const taskIds = new Set<string>();
  for (const task of selectTasks(cluster, filter)) {
    if (heldBack.has(task.id)) continue;
    taskIds.add(task.id);
    const column = task.nodeId === null ? undefined : byNode.get(task.nodeId);
    if (column) column.push(task);
    else unassigned.push(task);
  }
  return { columns: nodes.map((node) => ({ node, tasks: byNode.get(node.id) ?? [] })), unassigned, taskIds };
}
