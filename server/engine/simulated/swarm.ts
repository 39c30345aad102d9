// The simulated swarm, in memory on a logical clock: nodes, replicated services whose tasks get slots and nodes and walk swarmkit's states, scale, drain, rolling updates, task history, node and service events.
import type {
  EngineEvent,
  EngineNetwork,
  EngineNode,
  EngineNodeSpec,
  EngineService,
  EngineServiceSpec,
  EngineSwarm,
  EngineTask,
  TaskState,
  UpdateState,
} from "../../../lib/engine-types";
import { isTerminal } from "../../../lib/task-states";
import { EngineError } from "../client";
import { DEFAULT_DELAYS, type LifecycleDelays, nextStep } from "./lifecycle";
import { engineNetwork, engineNode, engineService, engineSwarm, engineTask, serviceSpec } from "./objects";
import { SeededRandom } from "./random";
import { Timeline } from "./timeline";

export interface SimulatedSwarmOptions {
  /** Same seed and same writes at the same logical times → the same swarm (IDs, delays, placements). */
  seed?: number;
  /** How many nodes (default 5), of which `managers` (default 3, at most all) are managers; manager1 leads. */
  nodes?: number;
  managers?: number;
  /** Replicated services created at the start; tasks are settled to running before the constructor returns. */
  services?: { name: string; replicas: number; image?: string }[];
  /** Logical time the swarm is created (ms since the epoch); default 2026-01-01T00:00:00Z. */
  start?: number;
  /** Orchestration.TaskHistoryRetentionLimit: tasks kept per slot (default 5, as Docker). */
  taskHistory?: number;
  delays?: Partial<LifecycleDelays>;
}

const DEFAULT_START = Date.parse("2026-01-01T00:00:00.000Z");
const OVERLAY_NAME = "sim_default";
/** A /10 so 30,000 tasks and their history fit (Docker's default pool hands out /24s; a big stack sets its own subnet). */
const OVERLAY_SUBNET = { subnet: "10.64.0.0/10", gateway: "10.64.0.1", first: (10 << 24) | (64 << 16), bits: 10 };

const iso = (ms: number) => new Date(ms).toISOString();

interface ServiceRecord {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  spec: EngineServiceSpec;
  previousSpec?: EngineServiceSpec;
  update?: { state: UpdateState; message?: string; startedAt?: string; completedAt?: string };
  /** Bumped when the task template changes: tasks of an older generation are replaced by the rolling update. */
  generation: number;
  /** slot → its task IDs, oldest first (the last is the slot's current task). */
  slots: Map<number, string[]>;
  /** Live tasks of this service per node (by node position), for spreading like swarmkit's scheduler. */
  spread: number[];
  /** Rolling update bookkeeping: the current plan (timeline steps of older plans are skipped), the next batch's earliest start, monitoring end. */
  plan: number;
  batchOpen: boolean;
  nextBatchAt: number;
  monitorUntil: number | null;
}

interface TaskRecord {
  task: EngineTask;
  generation: number;
  plan: number;
  /** Counted in its node's load (assigned and meant to run). */
  counted: boolean;
}

export class SimulatedSwarm {
  /** The logical clock (ms since the epoch). */
  now: number;
  private index = 10;
  private readonly rnd: SeededRandom;
  private readonly delays: LifecycleDelays;
  private readonly timeline = new Timeline();
  private readonly swarmObject: EngineSwarm;
  private readonly nodeMap = new Map<string, EngineNode>();
  private readonly serviceMap = new Map<string, ServiceRecord>();
  private readonly taskMap = new Map<string, TaskRecord>();
  private readonly networkList: EngineNetwork[];
  private readonly overlayId: string;
  /** Node positions (creation order), live tasks per node by position, and the positions that may take new tasks. */
  private readonly position = new Map<string, number>();
  private readonly nodeIds: string[] = [];
  private readonly load: number[] = [];
  private schedulable: number[] | null = null;
  /** Pending tasks no node can take yet. */
  private readonly unplaced = new Set<string>();
  private addresses = 1;
  private readonly listeners = new Set<(e: EngineEvent) => void>();
  private lists: { index: number; nodes?: EngineNode[]; services?: EngineService[]; tasks?: EngineTask[] } = { index: -1 };

  constructor(o: SimulatedSwarmOptions = {}) {
    this.rnd = new SeededRandom(o.seed ?? 1);
    this.delays = { ...DEFAULT_DELAYS, ...o.delays };
    this.now = o.start ?? DEFAULT_START;
    const at = iso(this.now);
    this.swarmObject = engineSwarm(this.rnd.objectId(), { createdAt: at, taskHistory: o.taskHistory ?? 5 });
    const count = o.nodes ?? 5;
    const managers = Math.min(o.managers ?? 3, count);
    for (let i = 0; i < count; i++) {
      const manager = i < managers;
      const id = this.rnd.objectId();
      const hostname = manager ? `manager${i + 1}` : `worker${i - managers + 1}`;
      const addr = `10.213.${Math.floor((i + 11) / 250)}.${((i + 11) % 250) + 1}`;
      this.position.set(id, i);
      this.nodeIds.push(id);
      this.load.push(0);
      this.nodeMap.set(id, engineNode(id, { version: this.bump(), hostname, role: manager ? "manager" : "worker", leader: i === 0, addr, createdAt: at }));
    }
    this.overlayId = this.rnd.objectId();
    this.networkList = [
      engineNetwork(this.rnd.objectId(), "ingress", { subnet: "10.0.0.0/24", gateway: "10.0.0.1", ingress: true, createdAt: at }),
      engineNetwork(this.overlayId, OVERLAY_NAME, { subnet: OVERLAY_SUBNET.subnet, gateway: OVERLAY_SUBNET.gateway, createdAt: at }),
    ];
    for (const s of o.services ?? []) this.createService(serviceSpec(s.name, { replicas: s.replicas, image: s.image ?? "lab/busybox:1", networks: [this.overlayId] }));
    this.settle();
  }

  // ── reads: immutable objects; a list is rebuilt only after a write ──

  get taskHistory(): number {
    return this.swarmObject.Spec.Orchestration?.TaskHistoryRetentionLimit ?? 5;
  }
  swarm(): EngineSwarm {
    return this.swarmObject;
  }
  leader(): EngineNode {
    return [...this.nodeMap.values()].find((n) => n.ManagerStatus?.Leader)!;
  }
  nodes(): EngineNode[] {
    return (this.fresh().nodes ??= [...this.nodeMap.values()]);
  }
  node(id: string): EngineNode | null {
    return this.nodeMap.get(id) ?? null;
  }
  tasks(): EngineTask[] {
    return (this.fresh().tasks ??= [...this.taskMap.values()].map((r) => r.task));
  }
  networks(): EngineNetwork[] {
    return this.networkList;
  }
  /** GET /services?status=true: with ServiceStatus counted from the tasks (running on a ready node). */
  services(): EngineService[] {
    const lists = this.fresh();
    if (lists.services) return lists.services;
    const running = new Map<string, number>();
    for (const { task } of this.taskMap.values()) {
      if (task.Status.State !== "running" || task.DesiredState !== "running") continue;
      if (this.nodeMap.get(task.NodeID ?? "")?.Status.State !== "ready") continue;
      running.set(task.ServiceID, (running.get(task.ServiceID) ?? 0) + 1);
    }
    return (lists.services = [...this.serviceMap.values()].map((s) => this.serviceObject(s, { running: running.get(s.id) ?? 0, desired: s.spec.Mode.Replicated?.Replicas ?? 0 })));
  }
  /** GET /services/{id}: no ServiceStatus, as the real engine. */
  service(id: string): EngineService | null {
    const s = this.serviceMap.get(id);
    return s ? this.serviceObject(s) : null;
  }
  /** Node and service events as a manager emits them; there are no task events. Returns the unsubscribe. */
  onEvent(listener: (e: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private fresh() {
    if (this.lists.index !== this.index) this.lists = { index: this.index };
    return this.lists;
  }

  private serviceObject(s: ServiceRecord, status?: { running: number; desired: number }): EngineService {
    return engineService(s.id, {
      version: s.version,
      spec: s.spec,
      previousSpec: s.previousSpec,
      update: s.update,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      ...status,
    });
  }

  // ── the clock ──

  /** Runs every step due up to `time`, in order. */
  advanceTo(time: number): void {
    for (let step = this.timeline.takeDue(time); step; step = this.timeline.takeDue(time)) {
      this.now = Math.max(this.now, step.due);
      if (step.what === "task") {
        const rec = this.taskMap.get(step.id);
        if (rec && rec.plan === step.plan) this.stepTask(rec);
      } else {
        const s = this.serviceMap.get(step.id);
        if (s && s.plan === step.plan) this.progressUpdate(s);
      }
    }
    this.now = Math.max(this.now, time);
  }

  advance(ms: number): void {
    this.advanceTo(this.now + ms);
  }

  /** Runs the clock until nothing more is planned (or `limitMs` passed); tasks no node can take stay pending. */
  settle(limitMs = 600_000): void {
    const limit = this.now + limitMs;
    for (let due = this.timeline.nextDue(); due !== null && due <= limit; due = this.timeline.nextDue()) this.advanceTo(due);
  }

  // ── writes, checked like the Engine API (404, "update out of sequence") ──

  createService(spec: EngineServiceSpec): { ID: string } {
    if (!spec.Mode.Replicated) throw new EngineError("the simulated engine runs replicated services only", 400, null);
    if ([...this.serviceMap.values()].some((s) => s.spec.Name === spec.Name)) throw new EngineError(`service ${spec.Name} already exists`, 409, null);
    const at = iso(this.now);
    const s: ServiceRecord = {
      id: this.rnd.objectId(),
      version: this.bump(),
      createdAt: at,
      updatedAt: at,
      spec,
      generation: 1,
      slots: new Map(),
      spread: this.nodeIds.map(() => 0),
      plan: 0,
      batchOpen: false,
      nextBatchAt: 0,
      monitorUntil: null,
    };
    this.serviceMap.set(s.id, s);
    this.emit("service", "create", s.id, { name: spec.Name });
    this.reconcile(s);
    return { ID: s.id };
  }

  updateService(id: string, version: number, spec: EngineServiceSpec, opts: { rollback?: "previous" } = {}): void {
    const s = this.serviceFor(id, version);
    const next = opts.rollback ? s.previousSpec : spec;
    if (!next) throw new EngineError("service does not have a previous spec", 400, null);
    if (!next.Mode.Replicated) throw new EngineError("the simulated engine runs replicated services only", 400, null);
    const before = s.spec;
    const attributes: Record<string, string> = { name: next.Name };
    const replicas = (sp: EngineServiceSpec) => String(sp.Mode.Replicated?.Replicas ?? 1);
    if (replicas(before) !== replicas(next)) Object.assign(attributes, { "replicas.old": replicas(before), "replicas.new": replicas(next) });
    s.previousSpec = before;
    s.spec = next;
    s.version = this.bump();
    s.updatedAt = iso(this.now);
    if (JSON.stringify(before.TaskTemplate) !== JSON.stringify(next.TaskTemplate)) {
      s.generation++;
      const state: UpdateState = opts.rollback ? "rollback_started" : "updating";
      attributes["updatestate.old"] = s.update?.state ?? "";
      attributes["updatestate.new"] = state;
      s.update = { state, startedAt: s.updatedAt, message: opts.rollback ? "rollback in progress" : "update in progress" };
      s.plan++;
      s.batchOpen = false;
      s.nextBatchAt = this.now;
      s.monitorUntil = null;
    }
    this.emit("service", "update", s.id, attributes);
    this.reconcile(s);
    this.progressUpdate(s);
  }

  removeService(id: string): void {
    const s = this.serviceMap.get(id);
    if (!s) throw new EngineError(`service ${id} not found`, 404, null);
    for (const ids of s.slots.values()) for (const taskId of [...ids]) this.retire(this.taskMap.get(taskId)!, "remove", s);
    this.serviceMap.delete(id);
    this.bump();
    this.emit("service", "remove", id, { name: s.spec.Name });
  }

  updateNode(id: string, version: number, spec: EngineNodeSpec): void {
    const node = this.nodeMap.get(id);
    if (!node) throw new EngineError(`node ${id} not found`, 404, null);
    if (node.Version.Index !== version) throw new EngineError("update out of sequence", 500, null);
    const attributes: Record<string, string> = { name: node.Description?.Hostname ?? id };
    if (spec.Availability !== node.Spec.Availability) Object.assign(attributes, { "availability.old": node.Spec.Availability, "availability.new": spec.Availability });
    if (spec.Role !== node.Spec.Role) Object.assign(attributes, { "role.old": node.Spec.Role, "role.new": spec.Role });
    const addr = node.Status.Addr ?? "";
    const manager = spec.Role === "manager" ? (node.ManagerStatus ?? { Leader: false, Reachability: "reachable" as const, Addr: `${addr}:2377` }) : undefined;
    this.schedulable = null;
    this.nodeMap.set(id, { ...node, Version: { Index: this.bump() }, UpdatedAt: iso(this.now), Spec: { ...spec, Labels: { ...spec.Labels } }, ManagerStatus: manager });
    this.emit("node", "update", id, attributes);
    for (const s of this.serviceMap.values()) this.reconcile(s);
    for (const taskId of [...this.unplaced]) this.plan(this.taskMap.get(taskId)!, "schedule");
  }

  private serviceFor(id: string, version: number): ServiceRecord {
    const s = this.serviceMap.get(id);
    if (!s) throw new EngineError(`service ${id} not found`, 404, null);
    if (s.version !== version) throw new EngineError("update out of sequence", 500, null);
    return s;
  }

  // ── the orchestrator: one current task per slot, on a node that may run it ──

  private reconcile(s: ServiceRecord): void {
    const want = s.spec.Mode.Replicated?.Replicas ?? 1;
    const live: { slot: number; rec: TaskRecord }[] = [];
    for (const [slot, ids] of s.slots) {
      const rec = this.taskMap.get(ids[ids.length - 1])!;
      if (rec.task.DesiredState === "running") live.push({ slot, rec });
    }
    // Drained (or gone) nodes: shut the task down and start the slot again elsewhere.
    for (const { slot, rec } of live) {
      const node = rec.task.NodeID ? this.nodeMap.get(rec.task.NodeID) : undefined;
      if (rec.task.NodeID && (!node || node.Spec.Availability === "drain")) {
        this.retire(rec, "shutdown");
        this.createTask(s, slot);
      }
    }
    if (live.length < want) {
      let slot = 0;
      for (let n = live.length; n < want; n++) {
        do slot++;
        while (s.slots.has(slot) && this.taskMap.get(s.slots.get(slot)!.at(-1)!)!.task.DesiredState === "running");
        this.createTask(s, slot);
      }
    } else if (live.length > want) {
      // Scale down like swarmkit: tasks not yet running first, then from the nodes running most of this service, highest slot first.
      const score = ({ slot, rec }: { slot: number; rec: TaskRecord }) => [
        rec.task.Status.State === "running" ? 1 : 0,
        -(s.spread[this.position.get(rec.task.NodeID ?? "") ?? -1] ?? 0),
        -slot,
      ];
      const order = live.map((l) => ({ l, k: score(l) })).sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2]);
      for (const { l } of order.slice(0, live.length - want)) this.retire(l.rec, "remove");
    }
  }

  /** A rolling update: replace tasks of older generations `Parallelism` at a time, `Delay` between batches, then monitor. */
  private progressUpdate(s: ServiceRecord): void {
    const state = s.update?.state;
    if (state !== "updating" && state !== "rollback_started") return;
    const config = s.spec.UpdateConfig ?? {};
    let inFlight = 0;
    const old: { slot: number; rec: TaskRecord }[] = [];
    for (const [slot, ids] of s.slots) {
      const rec = this.taskMap.get(ids[ids.length - 1])!;
      if (rec.task.DesiredState !== "running") continue;
      if (rec.generation < s.generation) old.push({ slot, rec });
      else if (rec.task.Status.State !== "running") inFlight++;
    }
    if (inFlight > 0) return; // the batch's tasks poke this again as they reach running
    if (s.batchOpen) {
      s.batchOpen = false;
      s.nextBatchAt = this.now + (config.Delay ?? 0) / 1e6;
    }
    if (old.length === 0) {
      s.monitorUntil ??= this.now + (config.Monitor ?? 5e9) / 1e6;
      if (this.now < s.monitorUntil) return this.wakeUpdate(s, s.monitorUntil);
      const done: UpdateState = state === "updating" ? "completed" : "rollback_completed";
      s.update = { ...s.update, state: done, completedAt: iso(this.now), message: state === "updating" ? "update completed" : "rollback completed" };
      s.version = this.bump();
      s.updatedAt = iso(this.now);
      this.emit("service", "update", s.id, { name: s.spec.Name, "updatestate.old": state, "updatestate.new": done });
      return;
    }
    if (this.now < s.nextBatchAt) return this.wakeUpdate(s, s.nextBatchAt);
    const parallelism = config.Parallelism ?? 1;
    old.sort((a, b) => a.slot - b.slot);
    for (const { slot, rec } of parallelism > 0 ? old.slice(0, parallelism) : old) {
      this.retire(rec, "shutdown");
      this.createTask(s, slot);
    }
    s.batchOpen = true;
  }

  private wakeUpdate(s: ServiceRecord, due: number): void {
    this.timeline.add({ due, id: s.id, plan: s.plan, what: "update" });
  }

  // ── tasks: created new, walked through the lifecycle by the timeline ──

  private createTask(s: ServiceRecord, slot: number): void {
    const id = this.rnd.objectId();
    const at = iso(this.now);
    const networks = (s.spec.TaskTemplate.Networks ?? []).map((n) => ({ id: n.Target, name: this.networkName(n.Target), address: this.nextAddress() }));
    const task = engineTask(id, {
      version: this.bump(),
      service: s.id,
      slot,
      node: null,
      state: "new",
      desired: "running",
      image: s.spec.TaskTemplate.ContainerSpec?.Image,
      message: "created",
      createdAt: at,
      networks,
    });
    const rec: TaskRecord = { task, generation: s.generation, plan: 0, counted: false };
    this.taskMap.set(id, rec);
    const ids = s.slots.get(slot) ?? [];
    ids.push(id);
    s.slots.set(slot, ids);
    this.trimHistory(s, slot);
    this.plan(rec);
  }

  /** Plans the task's next step on the timeline (superseding any earlier plan). */
  private plan(rec: TaskRecord, only?: "schedule"): void {
    const step = nextStep(rec.task.Status.State, rec.task.DesiredState);
    if (!step || (only && step.delay !== only)) return;
    this.unplaced.delete(rec.task.ID);
    rec.plan++;
    this.timeline.add({ due: this.now + this.rnd.around(this.delays[step.delay]), id: rec.task.ID, plan: rec.plan, what: "task" });
  }

  private stepTask(rec: TaskRecord): void {
    const t = rec.task;
    const step = nextStep(t.Status.State, t.DesiredState);
    if (!step) return;
    const s = this.serviceMap.get(t.ServiceID);
    let nodeId = t.NodeID;
    if (step.to === "assigned") {
      nodeId = s ? (this.pickNode(s) ?? undefined) : undefined;
      if (!nodeId) {
        this.unplaced.add(t.ID);
        const message = "no suitable node (no node available for new tasks)";
        if (t.Status.Message !== message) this.writeTask(rec, { Status: { ...t.Status, Message: message } });
        return;
      }
    }
    const at = iso(this.now);
    const container = t.Status.ContainerStatus;
    const status: EngineTask["Status"] = { ...t.Status, State: step.to, Message: step.message, Timestamp: at };
    if (step.to === "ready") status.ContainerStatus = { ContainerID: this.rnd.hexId() };
    if (step.to === "running") status.ContainerStatus = { ...container, PID: 1000 + Math.floor(this.rnd.next() * 60000), ExitCode: 0 };
    if (step.to === "shutdown" && container) status.ContainerStatus = { ...container, PID: 0, ExitCode: 0 };
    this.writeTask(rec, { Status: status, NodeID: nodeId });
    if (step.to === "assigned" && s) this.count(rec, s, true);
    if (isTerminal(step.to)) this.stopped(rec, s);
    else this.plan(rec);
    if (s && (step.to === "running" || isTerminal(step.to))) this.progressUpdate(s);
  }

  /** The orchestrator no longer wants the task: `shutdown` (replaced, history kept) or `remove` (slot or service gone). */
  private retire(rec: TaskRecord, desired: TaskState, s = this.serviceMap.get(rec.task.ServiceID)): void {
    if (s) this.count(rec, s, false);
    if (isTerminal(rec.task.Status.State)) {
      if (desired === "remove") this.deleteTask(rec, s);
      return;
    }
    this.writeTask(rec, { DesiredState: desired });
    if (!rec.task.NodeID) {
      // Never placed: nothing to stop on a node.
      this.unplaced.delete(rec.task.ID);
      this.writeTask(rec, { Status: { ...rec.task.Status, State: "shutdown", Message: "shutdown", Timestamp: iso(this.now) } });
      return this.stopped(rec, s);
    }
    this.plan(rec);
  }

  /** An ended task: kept as slot history, or deleted with its slot's history when the slot (or service) was removed. */
  private stopped(rec: TaskRecord, s: ServiceRecord | undefined): void {
    if (s) this.count(rec, s, false);
    const slot = rec.task.Slot ?? 0;
    const ids = s?.slots.get(slot);
    if (!s || !ids) return this.deleteTask(rec, s);
    if (rec.task.DesiredState !== "remove") return this.trimHistory(s, slot);
    if (ids[ids.length - 1] !== rec.task.ID) return this.deleteTask(rec, s); // the slot was taken again meanwhile
    for (const id of [...ids]) {
      const old = this.taskMap.get(id)!;
      if (isTerminal(old.task.Status.State)) this.deleteTask(old, s);
    }
  }

  /** Keeps at most TaskHistoryRetentionLimit tasks per slot, dropping the oldest ended ones. */
  private trimHistory(s: ServiceRecord, slot: number): void {
    const ids = s.slots.get(slot);
    if (!ids) return;
    for (let i = 0; ids.length > this.taskHistory && i < ids.length - 1;) {
      const rec = this.taskMap.get(ids[i])!;
      if (isTerminal(rec.task.Status.State)) this.deleteTask(rec, s);
      else i++;
    }
  }

  private deleteTask(rec: TaskRecord, s: ServiceRecord | undefined): void {
    this.taskMap.delete(rec.task.ID);
    this.unplaced.delete(rec.task.ID);
    rec.plan++;
    this.bump();
    const slot = rec.task.Slot ?? 0;
    const ids = s?.slots.get(slot);
    if (!s || !ids) return;
    ids.splice(ids.indexOf(rec.task.ID), 1);
    if (ids.length === 0) s.slots.delete(slot);
  }

  private writeTask(rec: TaskRecord, patch: Partial<EngineTask>): void {
    rec.task = { ...rec.task, ...patch, Version: { Index: this.bump() }, UpdatedAt: iso(this.now) };
  }

  /** Counts (or uncounts) a placed, wanted task in its node's load. */
  private count(rec: TaskRecord, s: ServiceRecord, on: boolean): void {
    const at = this.position.get(rec.task.NodeID ?? "");
    if (at === undefined || rec.counted === on) return;
    rec.counted = on;
    const d = on ? 1 : -1;
    this.load[at] += d;
    s.spread[at] += d;
  }

  /** swarmkit's spread: a ready, active node with the fewest tasks of this service, then the fewest tasks. */
  private pickNode(s: ServiceRecord): string | null {
    this.schedulable ??= this.nodeIds.flatMap((id, i) => {
      const n = this.nodeMap.get(id)!;
      return n.Spec.Availability === "active" && n.Status.State === "ready" ? [i] : [];
    });
    let best = -1;
    let bestService = Infinity;
    let bestAll = Infinity;
    for (const at of this.schedulable) {
      const mine = s.spread[at];
      const all = this.load[at];
      if (mine < bestService || (mine === bestService && all < bestAll)) {
        best = at;
        bestService = mine;
        bestAll = all;
        if (mine === 0 && all === 0) break;
      }
    }
    return best < 0 ? null : this.nodeIds[best];
  }

  private networkName(id: string): string {
    return this.networkList.find((n) => n.Id === id)?.Name ?? id;
  }

  private nextAddress(): string {
    const size = 2 ** (32 - OVERLAY_SUBNET.bits) - 3;
    const n = OVERLAY_SUBNET.first + 2 + (this.addresses++ % size);
    return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${OVERLAY_SUBNET.bits}`;
  }

  /** Every write is a new raft index; objects carry the index of their last write as Version.Index. */
  private bump(): number {
    return ++this.index;
  }

  private emit(type: "node" | "service", action: string, id: string, attributes: Record<string, string>): void {
    const e: EngineEvent = { Type: type, Action: action, Actor: { ID: id, Attributes: attributes }, scope: "swarm", time: Math.floor(this.now / 1000) };
    for (const listener of this.listeners) listener(e);
  }
}
