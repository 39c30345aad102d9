// What /present shows from the presenter's state: the board filter, what the spotlight lights up, and the chip labels; pure.
import type { NodeView, ServiceView, TaskView } from "@/lib/model-types";
import type { PresenterState } from "@/lib/presentation";
import type { ViewFilter } from "@/components/visualizer/view-filter";
import type { Board } from "@/components/visualizer/task-selection";
import type { ServiceMark } from "./theme";

export function presenterFilter(state: PresenterState | null): ViewFilter {
  return { q: state?.q ?? "", service: state?.service ?? null, stack: state?.stack ?? null, history: state?.history ?? false };
}

/** Whether a task is lit by the spotlight (true when there is none). */
export function taskLit(spotlight: PresenterState["spotlight"], task: TaskView, service: ServiceView | undefined, node: NodeView | undefined): boolean {
  if (!spotlight) return true;
  if (spotlight.kind === "service") return service?.name === spotlight.name;
  if (spotlight.kind === "stack") return service?.stack === spotlight.name;
  return node !== undefined && node.hostname === spotlight.name;
}

/** Whether a node column is lit: it is the spotlit node, or holds a lit task, or there is no spotlight. */
export function nodeLit(spotlight: PresenterState["spotlight"], node: NodeView, lit: boolean[]): boolean {
  if (!spotlight) return true;
  if (spotlight.kind === "node") return node.hostname === spotlight.name;
  return lit.some(Boolean);
}

/** A chip's text: the service's letter and the slot ("W3"), or the letter alone for global tasks. */
export function chipLabel(mark: ServiceMark | undefined, task: TaskView): string {
  return `${mark?.letter ?? "?"}${task.slot ?? ""}`;
}

/** The fullest column and the longest chip label, for fitting. */
export function boardSize(board: Board): { columns: number; maxTasks: number; labelChars: number } {
  const lists = [...board.columns.map((c) => c.tasks), ...(board.unassigned.length > 0 ? [board.unassigned] : [])];
  let maxSlot = 0;
  for (const list of lists) for (const t of list) maxSlot = Math.max(maxSlot, t.slot ?? 0);
  return { columns: lists.length, maxTasks: Math.max(0, ...lists.map((l) => l.length)), labelChars: 1 + String(maxSlot).length };
}
