// A simulated task's way through swarmkit's states: the next state toward running (or shutdown), the message the engine shows, and how long the step takes.
import type { TaskState } from "../../../lib/engine-types";
import { isTerminal } from "../../../lib/task-states";

/** Typical time (ms) of each step; each run takes 0.5–1.5× this (seeded). */
export interface LifecycleDelays {
  /** new → pending: the allocator. */
  allocate: number;
  /** pending → assigned: the scheduler picks a node. */
  schedule: number;
  /** assigned → accepted: the node's agent takes it. */
  accept: number;
  /** accepted → preparing. */
  prepare: number;
  /** preparing → ready: image present, container created. */
  pull: number;
  /** ready → starting. */
  start: number;
  /** starting → running. */
  run: number;
  /** any live state → shutdown, once the desired state is shutdown or remove. */
  stop: number;
  /** How long a job's task runs before it completes (when its service names no exit-after). */
  job: number;
  /** How long the managers take to notice a node is down and restart its tasks elsewhere (heartbeat period × grace). */
  nodeDown: number;
  /** How long a down node's tasks stay before they are marked orphaned (swarmkit: 24 h). */
  orphan: number;
}

export const DEFAULT_DELAYS: LifecycleDelays = {
  allocate: 10,
  schedule: 20,
  accept: 20,
  prepare: 10,
  pull: 150,
  start: 10,
  run: 250,
  stop: 500,
  job: 3000,
  nodeDown: 15_000,
  orphan: 86_400_000,
};

export interface LifecycleStep {
  to: TaskState;
  message: string;
  delay: keyof LifecycleDelays;
}

const TOWARD_RUNNING: Partial<Record<TaskState, LifecycleStep>> = {
  new: { to: "pending", message: "pending task scheduling", delay: "allocate" },
  pending: { to: "assigned", message: "scheduler assigned task to node", delay: "schedule" },
  assigned: { to: "accepted", message: "accepted", delay: "accept" },
  accepted: { to: "preparing", message: "preparing", delay: "prepare" },
  preparing: { to: "ready", message: "prepared", delay: "pull" },
  ready: { to: "starting", message: "starting", delay: "start" },
  starting: { to: "running", message: "started", delay: "run" },
};

/**
 * The task's next step, or null when it is where it is meant to be (or ended). Desired `ready` holds a task at ready
 * (a restart delay, or a stop-first update waiting for the old task); desired `complete` (a job) walks like running.
 */
export function nextStep(state: TaskState, desired: TaskState): LifecycleStep | null {
  if (isTerminal(state)) return null;
  if (desired === "shutdown" || desired === "remove") return { to: "shutdown", message: "shutdown", delay: "stop" };
  if (desired === "ready" && (state === "ready" || state === "starting" || state === "running")) return null;
  return TOWARD_RUNNING[state] ?? null;
}
