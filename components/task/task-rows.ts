// Rows of `docker service ps` / `docker node ps` from the live model: the CLI's names, order, ` \_ ` history rows and words.
import type { NodeView, ServiceView, TaskView } from "@/lib/model-types";
import { ellipsis, humanDuration, naturalCompare, portText, prettyPrint } from "./cli-format";

/** Prefix of an older task of the same slot, as the CLI prints it. */
export const HISTORY_INDENT = " \\_ ";
/** The CLI cuts errors to this many characters unless --no-trunc. */
const MAX_ERROR = 30;

export interface TaskRow {
  taskId: string;
  /** ID column: the first 12 characters. */
  id: string;
  /** NAME column: name.slot (global: name.nodeid), with HISTORY_INDENT on older tasks of the slot. */
  name: string;
  /** The name without the history prefix. */
  slotName: string;
  /** An older task of the slot of the row above. */
  history: boolean;
  serviceId: string;
  image: string;
  /** NODE column: the hostname ("" while unassigned, the node id if the node is gone). */
  node: string;
  nodeId: string | null;
  state: string;
  /** DESIRED STATE column: "Running", "Shutdown". */
  desiredState: string;
  /** CURRENT STATE column: "Running 5 minutes ago". */
  currentState: string;
  /** ERROR column: quoted and cut to 30 characters, "" when none. */
  error: string;
  /** The whole error text, "" when none. */
  errorFull: string;
  /** PORTS column: host-mode published ports, "" when none. */
  ports: string;
}

export interface RowContext {
  services: Record<string, ServiceView>;
  nodes: Record<string, NodeView>;
  /** ms since epoch, for the ages. */
  now: number;
}

/** The task's name as `docker service ps` prints it: service.slot, or service.nodeid for a global task. */
export function cliTaskName(task: TaskView, serviceName: string): string {
  return task.slot !== null ? `${serviceName}.${task.slot}` : `${serviceName}.${task.nodeId ?? ""}`;
}

/** "Running 5 minutes ago", as the CURRENT STATE column says it. */
export function currentStateText(task: TaskView, now: number): string {
  const state = prettyPrint(task.state);
  const since = task.stateSince ? Date.parse(task.stateSince) : NaN;
  if (Number.isNaN(since)) return state;
  return `${state} ${humanDuration(now - since).toLowerCase()} ago`;
}

function nodeName(nodeId: string | null, nodes: Record<string, NodeView>): string {
  if (!nodeId) return "";
  return nodes[nodeId]?.hostname || nodeId;
}

function createdAtMs(task: TaskView): number {
  const t = Date.parse(task.createdAt);
  return Number.isNaN(t) ? 0 : t;
}

/** The rows for these tasks, sorted like the CLI: by name (natural order), newest first within a slot. */
export function buildTaskRows(tasks: readonly TaskView[], ctx: RowContext): TaskRow[] {
  const named = tasks.map((task) => ({ task, slotName: cliTaskName(task, ctx.services[task.serviceId]?.name ?? task.serviceId) }));
  named.sort((a, b) => {
    const byName = naturalCompare(a.slotName, b.slotName);
    return byName !== 0 ? byName : createdAtMs(b.task) - createdAtMs(a.task);
  });
  let previous = "";
  return named.map(({ task, slotName }) => {
    const history = slotName === previous;
    previous = slotName;
    const errorFull = task.error ?? "";
    return {
      taskId: task.id,
      id: task.id.slice(0, 12),
      name: history ? HISTORY_INDENT + slotName : slotName,
      slotName,
      history,
      serviceId: task.serviceId,
      image: task.image,
      node: nodeName(task.nodeId, ctx.nodes),
      nodeId: task.nodeId,
      state: task.state,
      desiredState: prettyPrint(task.desiredState),
      currentState: currentStateText(task, ctx.now),
      error: errorFull ? `"${ellipsis(errorFull, MAX_ERROR)}"` : "",
      errorFull,
      ports: task.ports.map(portText).join(","),
    };
  });
}
