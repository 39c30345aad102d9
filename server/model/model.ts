// The swarm model: a pure reducer from (state, engine input) to (new state, changes). No I/O here.
import { applyChanges } from "../../lib/apply-changes";
import type { EngineConfig, EngineNetwork, EngineNode, EngineSecret, EngineService, EngineSwarm, EngineTask } from "../../lib/engine-types";
import type { Change, ClusterState, CollectionKind, Collections, EngineLink, ServiceView, SwarmView, TaskView } from "../../lib/model-types";
import { normalizeNetwork, normalizeNode, normalizeService, normalizeSwarm, normalizeTask } from "./normalize";
import { normalizeSecret } from "./normalize-secret";
import { same } from "./same";

/** The Engine API object behind each model collection. */
export interface EngineObjects {
  nodes: EngineNode;
  services: EngineService;
  tasks: EngineTask;
  networks: EngineNetwork;
  secrets: EngineSecret;
  configs: EngineConfig;
}

/**
 * What the engine layer feeds the model. `seq` numbers reads in the order they were STARTED, so
 * the model can tell an answer that arrives late from a newer one and ignore it.
 */
export type ModelInput =
  | { [K in CollectionKind]: { type: "list"; kind: K; seq: number; items: EngineObjects[K][] } }[CollectionKind]
  | { [K in CollectionKind]: { type: "object"; kind: K; seq: number; id: string; item: EngineObjects[K] | null } }[CollectionKind]
  | { type: "swarm"; seq: number; swarm: EngineSwarm | null }
  | { type: "engine"; link: EngineLink };

type SeqIndex = Record<CollectionKind, Record<string, number>>;

export interface ModelState {
  view: ClusterState;
  /** Per object: seq of the newest read that reported it. */
  seen: SeqIndex;
  /** Per removed object: seq of the read that removed it; an older read cannot bring it back. */
  gone: SeqIndex;
  /** The swarm as last read, before node counts are added. */
  swarmBase: Omit<SwarmView, "managers" | "workers"> | null;
  swarmSeq: number;
}

export interface ModelResult {
  state: ModelState;
  changes: Change[];
}

const NORMALIZE: { [K in CollectionKind]: (o: EngineObjects[K]) => Collections[K][string] } = {
  nodes: normalizeNode,
  services: normalizeService,
  tasks: normalizeTask,
  networks: normalizeNetwork,
  secrets: normalizeSecret,
  configs: normalizeSecret,
};

const ID_OF: { [K in CollectionKind]: (o: EngineObjects[K]) => string } = {
  nodes: (o) => o.ID,
  services: (o) => o.ID,
  tasks: (o) => o.ID,
  networks: (o) => o.Id,
  secrets: (o) => o.ID,
  configs: (o) => o.ID,
};

function emptyIndex(): SeqIndex {
  return { nodes: {}, services: {}, tasks: {}, networks: {}, secrets: {}, configs: {} };
}

export function initialModel(link: EngineLink): ModelState {
  return {
    view: { swarm: null, engine: link, nodes: {}, services: {}, tasks: {}, networks: {}, secrets: {}, configs: {} },
    seen: emptyIndex(),
    gone: emptyIndex(),
    swarmBase: null,
    swarmSeq: -1,
  };
}

/** Working copy of the seq indexes, copied per collection on first write. */
class Books {
  seen: SeqIndex;
  gone: SeqIndex;
  private copied = new Set<string>();
  constructor(state: ModelState) {
    this.seen = { ...state.seen };
    this.gone = { ...state.gone };
  }
  private own(which: "seen" | "gone", kind: CollectionKind): Record<string, number> {
    const key = which + kind;
    if (!this.copied.has(key)) {
      this[which][kind] = { ...this[which][kind] };
      this.copied.add(key);
    }
    return this[which][kind];
  }
  markSeen(kind: CollectionKind, id: string, seq: number) {
    const seen = this.own("seen", kind);
    seen[id] = Math.max(seen[id] ?? -Infinity, seq);
    if (this.gone[kind][id] !== undefined && this.gone[kind][id] <= seq) delete this.own("gone", kind)[id];
  }
  markGone(kind: CollectionKind, id: string, seq: number) {
    delete this.own("seen", kind)[id];
    this.own("gone", kind)[id] = seq;
  }
  /** A full list at `seq` is the truth about everything read before it. */
  forgetGoneBefore(kind: CollectionKind, seq: number) {
    const gone = this.own("gone", kind);
    for (const id of Object.keys(gone)) if (gone[id] < seq) delete gone[id];
  }
}

function upsertChange<K extends CollectionKind>(view: ClusterState, books: Books, kind: K, item: EngineObjects[K], seq: number): Change | null {
  const id = ID_OF[kind](item);
  if ((books.gone[kind][id] ?? -Infinity) > seq) return null; // removed by a newer read
  if ((books.seen[kind][id] ?? -Infinity) > seq) return null; // a newer read already reported it
  const existing = view[kind][id] as Collections[K][string] | undefined;
  let value = NORMALIZE[kind](item);
  if (existing && "version" in existing && "version" in value && value.version < existing.version) return null;
  if (kind === "services" && existing) value = keepServiceCounts(existing as never, value as never) as never;
  if (kind === "tasks") value = withServiceName(view, existing as TaskView | undefined, value as TaskView) as never;
  books.markSeen(kind, id, seq);
  if (existing && same(existing, value)) return null;
  return { kind, op: "upsert", id, value };
}

/** A task carries its service's name from the model (the engine's task has only the ID), and keeps it once the service is gone. */
function withServiceName(view: ClusterState, existing: TaskView | undefined, task: TaskView): TaskView {
  const serviceName = view.services[task.serviceId]?.name ?? existing?.serviceName ?? null;
  return serviceName === task.serviceName ? task : { ...task, serviceName };
}

/** Tasks read before their service (null serviceName) get its name once the service appears: one pass over the tasks, only when services are new. */
function namesForWaitingTasks(view: ClusterState, changes: Change[]): Change[] {
  const names = new Map<string, string>();
  for (const c of changes) if (c.kind === "services" && c.op === "upsert" && !view.services[c.id]) names.set(c.id, (c.value as ServiceView).name);
  if (names.size === 0) return [];
  const named: Change[] = [];
  for (const task of Object.values(view.tasks)) {
    const serviceName = task.serviceName === null ? names.get(task.serviceId) : undefined;
    if (serviceName !== undefined) named.push({ kind: "tasks", op: "upsert", id: task.id, value: { ...task, serviceName } });
  }
  return named;
}

/** A single-service read (GET /services/{id}) carries no ServiceStatus: keep the last counts. */
function keepServiceCounts(prev: Collections["services"][string], next: Collections["services"][string]): Collections["services"][string] {
  if (next.desired !== null || prev.desired === null) return next;
  return { ...next, desired: prev.desired, running: prev.running, completed: prev.completed };
}

function swarmChange(state: ModelState, view: ClusterState, base: ModelState["swarmBase"]): Change | null {
  let value: SwarmView | null = null;
  if (base) {
    let managers = 0;
    let workers = 0;
    for (const node of Object.values(view.nodes)) {
      if (node.role === "manager") managers++;
      else workers++;
    }
    value = { ...base, managers, workers };
  }
  return same(value, state.view.swarm) ? null : { kind: "swarm", op: "upsert", value };
}

export function reduce(state: ModelState, input: ModelInput): ModelResult {
  if (input.type === "engine") {
    if (same(state.view.engine, input.link)) return { state, changes: [] };
    const changes: Change[] = [{ kind: "engine", op: "upsert", value: input.link }];
    return { state: { ...state, view: applyChanges(state.view, changes) }, changes };
  }

  const books = new Books(state);
  const changes: Change[] = [];
  let swarmBase = state.swarmBase;
  let swarmSeq = state.swarmSeq;

  if (input.type === "swarm") {
    if (input.seq >= swarmSeq) {
      swarmBase = input.swarm ? normalizeSwarm(input.swarm) : null;
      swarmSeq = input.seq;
    }
  } else if (input.type === "list") {
    const kind = input.kind;
    const listed = new Set<string>();
    for (const item of input.items as EngineObjects[typeof kind][]) {
      listed.add(ID_OF[kind](item as never));
      const change = upsertChange(state.view, books, kind, item, input.seq);
      if (change) changes.push(change);
    }
    for (const id of Object.keys(state.view[kind])) {
      if (listed.has(id)) continue;
      if ((books.seen[kind][id] ?? -Infinity) > input.seq) continue; // appeared after this list was read
      books.markGone(kind, id, input.seq);
      changes.push({ kind, op: "remove", id });
    }
    books.forgetGoneBefore(kind, input.seq);
  } else {
    const { kind, id, seq } = input;
    if (input.item) {
      const change = upsertChange(state.view, books, kind, input.item, seq);
      if (change) changes.push(change);
    } else if ((books.seen[kind][id] ?? -Infinity) <= seq) {
      if (state.view[kind][id]) changes.push({ kind, op: "remove", id });
      books.markGone(kind, id, seq);
    }
  }

  if (input.type !== "swarm" && input.kind === "services") changes.push(...namesForWaitingTasks(state.view, changes));
  let view = applyChanges(state.view, changes);
  const touchesSwarm = input.type === "swarm" || (input.kind === "nodes" && changes.length > 0);
  if (touchesSwarm) {
    const change = swarmChange(state, view, swarmBase);
    if (change) {
      changes.push(change);
      view = applyChanges(view, [change]);
    }
  }
  return { state: { view, seen: books.seen, gone: books.gone, swarmBase, swarmSeq }, changes };
}
