// How each engine task state is named, coloured and drawn, and which states are terminal.
import { TASK_STATES, type TaskState } from "./engine-types";

export interface TaskStateStyle {
  label: string;
  /** A symbol that tells the state apart without colour. */
  icon: string;
  /** Tailwind classes for the state badge. */
  badge: string;
  /** Where the state sits: on its way up, up, or ended. */
  phase: "starting" | "running" | "ended";
}

export const TASK_STATE_STYLES: Record<TaskState, TaskStateStyle> = {
  new: { label: "New", icon: "✦", badge: "bg-slate-600 text-white", phase: "starting" },
  pending: { label: "Pending", icon: "◷", badge: "bg-amber-500 text-black", phase: "starting" },
  assigned: { label: "Assigned", icon: "➜", badge: "bg-sky-700 text-white", phase: "starting" },
  accepted: { label: "Accepted", icon: "✓", badge: "bg-sky-600 text-white", phase: "starting" },
  preparing: { label: "Preparing", icon: "⚙", badge: "bg-indigo-600 text-white", phase: "starting" },
  ready: { label: "Ready", icon: "◔", badge: "bg-indigo-500 text-white", phase: "starting" },
  starting: { label: "Starting", icon: "◑", badge: "bg-teal-600 text-white", phase: "starting" },
  running: { label: "Running", icon: "●", badge: "bg-emerald-600 text-white", phase: "running" },
  complete: { label: "Complete", icon: "✔", badge: "bg-green-800 text-white", phase: "ended" },
  shutdown: { label: "Shutdown", icon: "■", badge: "bg-zinc-500 text-white", phase: "ended" },
  failed: { label: "Failed", icon: "✖", badge: "bg-red-600 text-white", phase: "ended" },
  rejected: { label: "Rejected", icon: "⊘", badge: "bg-rose-800 text-white", phase: "ended" },
  remove: { label: "Remove", icon: "⌫", badge: "bg-stone-600 text-white", phase: "ended" },
  orphaned: { label: "Orphaned", icon: "?", badge: "bg-fuchsia-800 text-white", phase: "ended" },
};

const TERMINAL = new Set<TaskState>(TASK_STATES.filter((s) => TASK_STATE_STYLES[s].phase === "ended"));

/** A task in a terminal state no longer runs anything. */
export function isTerminal(state: TaskState): boolean {
  return TERMINAL.has(state);
}

/** The style of a state, with a readable fallback for a state a newer engine might add. */
export function taskStateStyle(state: string): TaskStateStyle {
  return (
    (TASK_STATE_STYLES as Record<string, TaskStateStyle>)[state] ?? {
      label: state ? state[0].toUpperCase() + state.slice(1) : "Unknown",
      icon: "?",
      badge: "bg-zinc-700 text-white",
      phase: "starting",
    }
  );
}
