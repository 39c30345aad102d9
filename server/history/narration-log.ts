// Runs the workshop narrator (lib/narration) over the recorded batches: each sentence it says or revises becomes one timeline entry, with the objects it touched.
import { EMPTY_MEMORY, narrate, type NarrationItem, type NarratorMemory } from "../../lib/narration/narrate";
import type { TimelineKind, TimelineObjects } from "../../lib/history-types";
import { changedTasks, type HistoryBatch, hostnameIn, serviceStack } from "./batch";
import { ObjectSet } from "./entry-objects";

/** A sentence said (new) or revised in a batch; `key` is the same for every revision of it within one run. */
export interface NarratedEntry {
  key: string;
  kind: TimelineKind;
  sentence: string;
  at: number;
  objects: TimelineObjects;
}

/** `previous`: the narrator's memory before this batch (a drain completed by it is gone from `memory`). */
function objectsFor(item: NarrationItem, b: HistoryBatch, memory: NarratorMemory, previous: NarratorMemory): ObjectSet {
  const set = new ObjectSet();
  const onNode = item.kind.startsWith("node-") || item.kind === "leader";
  const ofStack = item.kind.startsWith("stack-");
  if (onNode) set.add("node", item.subject);
  else if (ofStack) set.add("stack", item.subject);
  else set.add("service", item.subject);
  // A drain follows the services whose tasks were on the node, wherever they land.
  const drained = item.kind === "node-drained" ? [...memory.drains, ...previous.drains].find((d) => d.itemId === item.id) : undefined;
  const drainedServices = new Set(drained?.slots.map((s) => s.serviceId) ?? []);
  // The services that had tasks on the node are what the drain is about, whether or not this batch touched their tasks.
  for (const id of drainedServices) set.add("service", (b.after.services[id] ?? b.before.services[id])?.name);
  for (const { before, after } of changedTasks(b)) {
    const t = after ?? before;
    if (!t) continue;
    const nodes = [hostnameIn(b, after?.nodeId ?? null), hostnameIn(b, before?.nodeId ?? null)];
    const related = onNode ? nodes.includes(item.subject) || drainedServices.has(t.serviceId) : ofStack ? false : t.serviceName === item.subject;
    if (!related) continue;
    set.add("task", t.id).add("service", t.serviceName);
    for (const n of nodes) set.add("node", n);
  }
  if (ofStack) for (const s of Object.values(b.after.services)) if (s.stack === item.subject) set.add("service", s.name);
  for (const name of set.toJSON().services) set.add("stack", serviceStack(b, name));
  return set;
}

export class NarrationLog {
  private memory: NarratorMemory = EMPTY_MEMORY;
  /** Objects gathered so far per sentence still in the narrator's memory. */
  private objects = new Map<string, ObjectSet>();

  /** `run` tells runs apart: the narrator numbers its sentences afresh in each. */
  constructor(private readonly run: string) {}

  next(b: HistoryBatch): NarratedEntry[] {
    const previous = this.memory;
    const before = new Map(previous.items.map((i) => [i.id, i]));
    this.memory = narrate(previous, b.before, b.changes, b.after, b.atIso);
    const out: NarratedEntry[] = [];
    for (const item of this.memory.items) {
      const old = before.get(item.id);
      if (old && old.text === item.text && old.kind === item.kind && old.at === item.at) continue;
      const set = (this.objects.get(item.id) ?? new ObjectSet()).merge(objectsFor(item, b, this.memory, previous).toJSON());
      this.objects.set(item.id, set);
      out.push({ key: `${this.run}:${item.id}`, kind: item.kind, sentence: item.text, at: b.at, objects: set.toJSON() });
    }
    const kept = new Set(this.memory.items.map((i) => i.id));
    for (const id of this.objects.keys()) if (!kept.has(id)) this.objects.delete(id);
    return out;
  }
}
