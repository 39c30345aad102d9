// What a timeline entry is about: services, nodes (hostnames), tasks (IDs) and stacks, gathered into capped sets.
import type { TimelineObjects } from "../../lib/history-types";

/** At most this many of each kind per entry (a drain of 500 tasks names the first 100). */
export const OBJECTS_CAP = 100;

export type ObjectType = "service" | "node" | "task" | "stack";
const FIELD: Record<ObjectType, keyof TimelineObjects> = { service: "services", node: "nodes", task: "tasks", stack: "stacks" };

export class ObjectSet {
  private readonly sets: Record<ObjectType, Set<string>> = { service: new Set(), node: new Set(), task: new Set(), stack: new Set() };

  add(type: ObjectType, name: string | null | undefined): this {
    const set = this.sets[type];
    if (name && set.size < OBJECTS_CAP) set.add(name);
    return this;
  }

  merge(other: TimelineObjects): this {
    for (const type of Object.keys(FIELD) as ObjectType[]) for (const name of other[FIELD[type]]) this.add(type, name);
    return this;
  }

  /** Every (type, name) pair, for the filter index. */
  pairs(): [ObjectType, string][] {
    const out: [ObjectType, string][] = [];
    for (const type of Object.keys(FIELD) as ObjectType[]) for (const name of this.sets[type]) out.push([type, name]);
    return out;
  }

  toJSON(): TimelineObjects {
    return { services: [...this.sets.service], nodes: [...this.sets.node], tasks: [...this.sets.task], stacks: [...this.sets.stack] };
  }
}

export function objectsOf(o: Partial<Record<ObjectType, (string | null | undefined)[]>>): ObjectSet {
  const set = new ObjectSet();
  for (const [type, names] of Object.entries(o) as [ObjectType, (string | null | undefined)[]][]) for (const n of names) set.add(type, n);
  return set;
}
