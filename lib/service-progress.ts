// A service's convergence as `docker service scale/update` prints it: overall progress, one line per slot, then "converged"; pure.
import type { NodeView, ServiceView, TaskView } from "./model-types";
import { isTerminal } from "./task-states";

export interface SlotProgress {
  /** Slot number, or the node id for global services. */
  key: string;
  /** "web.3", or "agent.worker1" for a global task. */
  label: string;
  taskId: string | null;
  nodeName: string | null;
  state: TaskView["state"] | null;
  image: string | null;
  /** Running an image other than the service's (a rolling update not there yet). */
  outdated: boolean;
  error: string | null;
}

export type ProgressPhase =
  | "converging" // tasks still starting or stopping
  | "verifying" // all running; waiting the monitor period to call it stable
  | "converged"
  | "stuck" // every missing task has an error (e.g. no suitable node)
  | "paused"; // the rolling update paused (failure action pause)

export interface ServiceProgress {
  serviceId: string;
  name: string;
  desired: number;
  running: number;
  updated: number;
  outdated: number;
  slots: SlotProgress[];
  problems: { label: string; error: string }[];
  phase: ProgressPhase;
  /** "overall progress: 3 out of 5 tasks". */
  line: string;
}

function newest(a: TaskView, b: TaskView): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.version - a.version;
}

/** Newest task of each slot (global: of each node) that the orchestrator still wants, plus recent failures. */
function groupSlots(tasks: TaskView[]): Map<string, TaskView[]> {
  const slots = new Map<string, TaskView[]>();
  for (const t of tasks) {
    const key = t.slot !== null ? String(t.slot) : (t.nodeId ?? t.id);
    const list = slots.get(key) ?? [];
    list.push(t);
    slots.set(key, list);
  }
  for (const list of slots.values()) list.sort(newest);
  return slots;
}

/**
 * `stableForSeconds`: how long running has equalled desired (with no outdated task), or null when it does not;
 * the caller keeps that clock. The service counts as converged once it reaches the monitor period.
 */
export function serviceProgress(
  service: ServiceView,
  allTasks: Record<string, TaskView> | TaskView[],
  nodes: Record<string, NodeView>,
  stableForSeconds: number | null,
): ServiceProgress {
  const tasks = (Array.isArray(allTasks) ? allTasks : Object.values(allTasks)).filter((t) => t.serviceId === service.id);
  const slots: SlotProgress[] = [];
  const problems: { label: string; error: string }[] = [];
  for (const [key, list] of [...groupSlots(tasks)].sort((a, b) => a[0].localeCompare(b[0], undefined, { numeric: true }))) {
    const current = list.find((t) => t.desiredState === "running" || t.desiredState === "ready" || t.desiredState === "complete");
    const nodeName = (t: TaskView | undefined) => (t?.nodeId ? (nodes[t.nodeId]?.hostname ?? t.nodeId.slice(0, 12)) : null);
    const label = `${service.name}.${list[0].slot !== null ? key : (nodeName(list[0]) ?? key)}`;
    if (!current) continue; // a slot being removed (scale down) or history only
    const error = current.error ?? (current.state === "pending" && current.message ? current.message : null);
    const slot: SlotProgress = {
      key,
      label,
      taskId: current.id,
      nodeName: nodeName(current),
      state: current.state,
      image: current.image || null,
      outdated: Boolean(service.image && current.image && current.image !== service.image),
      error,
    };
    slots.push(slot);
    if (error && current.state !== "running") problems.push({ label, error });
    // The newest failure of the slot explains a restart loop even when the replacement is starting.
    const failed = list.find((t) => t !== current && (t.state === "failed" || t.state === "rejected") && t.error);
    if (failed && current.state !== "running" && !error) problems.push({ label, error: failed.error! });
  }
  const desired = service.mode === "replicated" ? (service.replicas ?? 0) : (service.desired ?? slots.length);
  const running = slots.filter((s) => s.state === "running" && !s.outdated).length;
  const outdated = slots.filter((s) => s.outdated && s.state !== null && !isTerminal(s.state)).length;
  const updated = slots.filter((s) => !s.outdated).length;
  let phase: ProgressPhase;
  const update = service.update?.state;
  if (update === "paused" || update === "rollback_paused") phase = "paused";
  else if (running === desired && outdated === 0) {
    phase = stableForSeconds !== null && stableForSeconds >= service.updateConfig.monitorSeconds ? "converged" : "verifying";
  } else {
    const missing = slots.filter((s) => s.state !== "running" || s.outdated);
    phase = missing.length > 0 && missing.every((s) => s.error) ? "stuck" : "converging";
  }
  return {
    serviceId: service.id,
    name: service.name,
    desired,
    running,
    updated,
    outdated,
    slots,
    problems,
    phase,
    line: `overall progress: ${running} out of ${desired} tasks`,
  };
}
