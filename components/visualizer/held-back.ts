// Brand-new tasks the scheduler has not placed yet ("new", no node) wait a moment before being drawn, so a task that
// is placed a few ms later does not flash through the "Unassigned" column; one that stays unplaced is shown after the hold.
import type { TaskView } from "@/lib/model-types";

export const HOLD_NEW_MS = 800;

/** No node, state "new", no error: the scheduler simply has not got to it yet. */
export function isUnplacedNew(task: TaskView): boolean {
  return task.nodeId === null && task.state === "new" && !task.error;
}

export interface HeldBack {
  held: Set<string>;
  /** When the next held task is due to be shown (ms since epoch), or null. */
  wakeAt: number | null;
}

/**
 * Which tasks to hold back at `now`. `firstSeen` (task id → ms when first seen unplaced) is updated in place:
 * new candidates are stamped with `now`, tasks no longer unplaced-new are forgotten.
 */
export function heldBackTasks(tasks: Iterable<TaskView>, firstSeen: Map<string, number>, now: number, holdMs: number = HOLD_NEW_MS): HeldBack {
  const held = new Set<string>();
  const candidates = new Set<string>();
  let wakeAt: number | null = null;
  for (const task of tasks) {
    if (!isUnplacedNew(task)) continue;
    candidates.add(task.id);
    let first = firstSeen.get(task.id);
    if (first === undefined) {
      first = now;
      firstSeen.set(task.id, now);
    }
    const due = first + holdMs;
    if (now < due) {
      held.add(task.id);
      wakeAt = wakeAt === null ? due : Math.min(wakeAt, due);
    }
  }
  for (const id of [...firstSeen.keys()]) if (!candidates.has(id)) firstSeen.delete(id);
  return { held, wakeAt };
}
