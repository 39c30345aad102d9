// Which tasks a drain has to move off a node, and how far they have got: replaced elsewhere, or still running there; pure.
import type { NodeView, ServiceView, TaskView } from "@/lib/model-types";
import { isTerminal } from "@/lib/task-states";
import { serviceNameOf, taskName } from "@/components/visualizer/task-display";

export interface MovingTask {
  taskId: string;
  /** "web.3", as docker node ps names it. */
  label: string;
  serviceId: string;
  /** Global services are not moved: their task on the node just stops. */
  global: boolean;
}

const byLabel = (a: MovingTask, b: MovingTask) => a.label.localeCompare(b.label, "en", { numeric: true });

/** The tasks on the node with desired state running: the ones draining will stop and (for replicated services) place elsewhere. */
export function tasksToMove(nodeId: string, tasks: Record<string, TaskView>, services: Record<string, ServiceView>): MovingTask[] {
  return Object.values(tasks)
    .filter((t) => t.nodeId === nodeId && t.desiredState === "running")
    .map((t) => ({
      taskId: t.id,
      label: taskName(t, serviceNameOf(services[t.serviceId], t)),
      serviceId: t.serviceId,
      global: t.slot === null,
    }))
    .sort(byLabel);
}

export interface DrainLine {
  taskId: string;
  label: string;
  /** The task's state on the drained node now; null once the engine has deleted it. */
  state: TaskView["state"] | null;
  /** Still up on the drained node. */
  onNode: boolean;
  /** The slot's new task on another node, for replicated services. */
  replacement: { taskId: string; nodeName: string | null; state: TaskView["state"] } | null;
  global: boolean;
}

export interface DrainProgress {
  lines: DrainLine[];
  /** Tasks of the list still up on the node. */
  remaining: number;
  /** None of the listed tasks runs on the node any more. */
  done: boolean;
  /** Replacements running elsewhere. */
  replaced: number;
}

function newestFirst(a: TaskView, b: TaskView): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.version - a.version;
}

export function drainProgress(
  nodeId: string,
  taskIds: readonly string[],
  tasks: Record<string, TaskView>,
  services: Record<string, ServiceView>,
  nodes: Record<string, NodeView>,
): DrainProgress {
  const all = Object.values(tasks);
  const lines = taskIds.map((id): DrainLine => {
    const task = tasks[id];
    const service = task ? services[task.serviceId] : undefined;
    const label = task ? taskName(task, serviceNameOf(service, task)) : id.slice(0, 12);
    const global = task ? task.slot === null : false;
    const next =
      task && !global
        ? all.filter((t) => t.serviceId === task.serviceId && t.slot === task.slot && t.id !== task.id && t.nodeId !== nodeId && t.desiredState === "running").sort(newestFirst)[0]
        : undefined;
    return {
      taskId: id,
      label,
      state: task?.state ?? null,
      onNode: Boolean(task && task.nodeId === nodeId && !isTerminal(task.state)),
      replacement: next ? { taskId: next.id, nodeName: next.nodeId ? (nodes[next.nodeId]?.hostname ?? next.nodeId.slice(0, 12)) : null, state: next.state } : null,
      global,
    };
  });
  const remaining = lines.filter((l) => l.onNode).length;
  return { lines, remaining, done: remaining === 0, replaced: lines.filter((l) => l.replacement?.state === "running").length };
}
