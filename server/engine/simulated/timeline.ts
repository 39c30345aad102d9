// What the simulated swarm will do next and when: a min-heap of due steps, earliest first, ties in the order they were planned.
/** A task stepping through its lifecycle, its container exiting, a held task released, a rolling update going on, a down node's tasks restarted elsewhere or orphaned, or a planned demo change. */
export type StepKind = "task" | "exit" | "release" | "update" | "node-down" | "orphan" | "life";

export interface Step {
  /** Logical time (ms) the step is due. */
  due: number;
  /** Planning order: breaks ties so equal due times replay identically. */
  order: number;
  /** The task (or service) the step is about. */
  id: string;
  /** Which plan of that object this step belongs to; a step whose plan was superseded is skipped by the caller. */
  plan: number;
  what: StepKind;
}

export class Timeline {
  private heap: Step[] = [];
  private planned = 0;

  get size(): number {
    return this.heap.length;
  }

  /** When the earliest step is due, or null when nothing is planned. */
  nextDue(): number | null {
    return this.heap.length > 0 ? this.heap[0].due : null;
  }

  add(step: Omit<Step, "order">): void {
    const heap = this.heap;
    const item: Step = { due: step.due, order: this.planned++, id: step.id, plan: step.plan, what: step.what };
    let i = heap.length;
    heap.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent])) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = item;
  }

  /** The earliest step if it is due by `time`, removed from the timeline; else null. */
  takeDue(time: number): Step | null {
    const heap = this.heap;
    if (heap.length === 0 || heap[0].due > time) return null;
    const top = heap[0];
    const last = heap.pop()!;
    const n = heap.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const c = l + 1 < n && before(heap[l + 1], heap[l]) ? l + 1 : l;
        if (!before(heap[c], last)) break;
        heap[i] = heap[c];
        i = c;
      }
      heap[i] = last;
    }
    return top;
  }
}

function before(a: Step, b: Step): boolean {
  return a.due < b.due || (a.due === b.due && a.order < b.order);
}
