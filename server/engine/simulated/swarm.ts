// The simulated swarm, in memory on a logical clock: nodes with a leader, replicated/global services and jobs whose tasks walk swarmkit's states, spread and constraints, restarts, rolling updates and rollbacks, node down/up, ports, networks, secrets, configs, and the events a manager emits.
import type {
  EngineConfigWithData,
  EngineEvent,
  EngineNetwork,
  EngineNetworkCreate,
  EngineNode,
  EngineNodeSpec,
  EngineSecret,
  EngineSecretSpec,
  EngineService,
  EngineServiceSpec,
  EngineSwarm,
  EngineTask,
  TaskState,
  UpdateState,
} from "../../../lib/engine-types";
import { isTerminal } from "../../../lib/task-states";
import { EngineError } from "../client";
import { type Constraint, meetsConstraints, parseConstraints } from "./constraints";
import { PortAllocator } from "./ports";
import { modeOf, templateKey, updateAttributes } from "./service-spec";
import { type Placed, Scheduler } from "./scheduler";
import { containerExit } from "./container-exit";
import { type EventType, iso, type SwarmContext } from "./context";
import { DEFAULT_DELAYS, type LifecycleDelays, nextStep } from "./lifecycle";
import { Networks } from "./networks";
import { engineNode, engineService, engineSwarm, serviceSpec } from "./objects";
import { SeededRandom } from "./random";
import { resolveRef } from "./refs";
import { isGlobal, isJob, restartPolicy, shouldRestart, updateConfig } from "./restart";
import { SwarmData } from "./swarm-data";
import { type StepKind, Timeline } from "./timeline";
import { caDigest, joinToken, unlockKey } from "./tokens";

export interface SimulatedSwarmOptions {
  /** Same seed and same writes at the same logical times → the same swarm (IDs, delays, placements). */
  seed?: number;
  /** How many nodes (default 5), of which `managers` (default 3, at most all) are managers; manager1 leads. */
  nodes?: number;
  managers?: number;
  /** Replicated services created at the start on the network "sim_default"; settled to running before the constructor returns. */
  services?: { name: string; replicas: number; image?: string }[];
  /** Create the overlay network "sim_default" (10.64.0.0/10, room for 30,000 tasks and their history); default true. */
  defaultNetwork?: boolean;
  /** Logical time the swarm is created (ms since the epoch); default 2026-01-01T00:00:00Z. */
  start?: number;
  /** Orchestration.TaskHistoryRetentionLimit: tasks kept per slot (default 5, as Docker). */
  taskHistory?: number;
  delays?: Partial<LifecycleDelays>;
}

const DEFAULT_START = Date.parse("2026-01-01T00:00:00.000Z");
const OUT_OF_SEQUENCE = "rpc error: code = Unknown desc = update out of sequence";

const outOfSequence = () => new EngineError(OUT_OF_SEQUENCE, 500, null);
const invalid = (message: string) => new EngineError(`rpc error: code = InvalidArgument desc = ${message}`, 400, null);
const precondition = (message: string) => new EngineError(`rpc error: code = FailedPrecondition desc = ${message}`, 400, null);

interface UpdateRecord {
  state: UpdateState;
  message?: string;
  startedAt?: string;
  completedAt?: string;
}

interface ServiceRecord {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  spec: EngineServiceSpec;
  previousSpec?: EngineServiceSpec;
  update?: UpdateRecord;
  /** Bumped when the task template (or endpoint) changes: tasks of an older generation are replaced by the rolling update. */
  generation: number;
  templateKey: string;
  constraints: Constraint[];
  maxReplicas: number;
  /** slot key (the slot number, or the node ID for global services) → its task IDs, oldest first (the last is the current one). */
  slots: Map<string, string[]>;
  /** Slots whose task ended and was not restarted (restart policy): the orchestrator leaves them until the next service update. */
  finished: Set<string>;
  /** Restart times per slot (MaxAttempts within Window). */
  restarts: Map<string, number[]>;
  /** Live tasks of this service per node position, and the nodes that may run them (see Scheduler). */
  spread: number[];
  eligible?: Placed["eligible"];
  /** Rolling update bookkeeping: the current plan (timeline steps of older plans are skipped), batches, monitoring, failures. */
  plan: number;
  batchOpen: boolean;
  nextBatchAt: number;
  monitorUntil: number | null;
  updateTotal: number;
  updateFailures: number;
  /** Published ports as allocated (PublishedPort filled in) and VIPs per network. */
  ports: NonNullable<EngineService["Endpoint"]>["Ports"];
  vips: Map<string, string>;
  /** Jobs: the iteration (JobIteration.Index), when it started, the next slot number, completions so far. */
  job?: { iteration: number; lastExecution: string; nextSlot: number; completed: number };
}

interface TaskRecord {
  task: EngineTask;
  service: ServiceRecord;
  key: string;
  generation: number;
  iteration: number;
  plan: number;
  /** Counted in its node's load (assigned and meant to run). */
  counted: boolean;
  /** The desired state it goes to once released (running, or complete for jobs). */
  goal: TaskState;
  /** Held at ready until `until` and until the task `after` has stopped (restart delay; stop-first update). */
  hold?: { until: number; after?: string };
  /** start-first update: the old task this one replaces once it runs. */
  replaces?: string;
  /** Network addresses it holds (given back when it ends). */
  addresses: { network: string; address: string }[];
  runningSince?: number;
}

export class SimulatedSwarm {
  /** The logical clock (ms since the epoch). */
  now: number;
  private index = 10;
  readonly rnd: SeededRandom;
  private readonly delays: LifecycleDelays;
  private readonly timeline = new Timeline();
  private swarmObject: EngineSwarm;
  private tokens: { worker: string; manager: string; digest: string };
  private unlock = "";
  private readonly nodeMap = new Map<string, EngineNode>();
  private readonly serviceMap = new Map<string, ServiceRecord>();
  private readonly taskMap = new Map<string, TaskRecord>();
  private readonly net: Networks;
  private readonly secretStore: SwarmData;
  private readonly configStore: SwarmData;
  private readonly scheduler = new Scheduler(this.nodeMap);
  /** Non-terminal tasks per node. */
  private readonly onNode = new Map<string, Set<TaskRecord>>();
  private nodeDownPlan = new Map<string, number>();
  /** Pending tasks no node can take yet. */
  private readonly unplaced = new Set<string>();
  /** Tasks held at ready waiting for another task to stop, by that task's ID. */
  private readonly waiting = new Map<string, string[]>();
  private readonly ports = new PortAllocator();
  private readonly actions = new Map<string, () => void>();
  private actionCount = 0;
  private readonly listeners = new Set<(e: EngineEvent) => void>();
  private lists: { index: number; nodes?: EngineNode[]; services?: EngineService[]; tasks?: EngineTask[] } = { index: -1 };
  private readonly ctx: SwarmContext;
  private readonly defaultNetworkId: string | null = null;

  constructor(o: SimulatedSwarmOptions = {}) {
    this.rnd = new SeededRandom(o.seed ?? 1);
    this.delays = { ...DEFAULT_DELAYS, ...o.delays };
    this.now = o.start ?? DEFAULT_START;
    const clock = () => this.now;
    this.ctx = {
      rnd: this.rnd,
      get now() {
        return clock();
      },
      bump: () => this.bump(),
      emit: (type, action, id, attributes) => this.emit(type, action, id, attributes),
    };
    const at = iso(this.now);
    const base = engineSwarm(this.rnd.objectId(), { createdAt: at, taskHistory: o.taskHistory ?? 5 });
    this.swarmObject = {
      ...base,
      Spec: {
        Name: "default",
        Labels: {},
        Orchestration: { TaskHistoryRetentionLimit: o.taskHistory ?? 5 },
        Raft: { SnapshotInterval: 10000, KeepOldSnapshots: 0, LogEntriesForSlowFollowers: 500, ElectionTick: 10, HeartbeatTick: 1 },
        Dispatcher: { HeartbeatPeriod: 5e9 },
        CAConfig: { NodeCertExpiry: 7776000000000000 },
        TaskDefaults: {},
        EncryptionConfig: { AutoLockManagers: false },
      },
      TLSInfo: { TrustRoot: "-----BEGIN CERTIFICATE-----\nMIIBazCCARCgAwIBAgIUSIMULATEDSWARMROOTCA0000000000wCgYIKoZIzj0EAwIw\n-----END CERTIFICATE-----\n" },
      RootRotationInProgress: false,
      DefaultAddrPool: ["10.0.0.0/8"],
      SubnetSize: 24,
      DataPathPort: 4789,
    };
    const digest = caDigest(this.rnd);
    this.tokens = { digest, worker: joinToken(this.rnd, digest), manager: joinToken(this.rnd, digest) };
    const count = o.nodes ?? 5;
    const managers = Math.min(o.managers ?? 3, count);
    for (let i = 0; i < count; i++) this.joinNode({ role: i < managers ? "manager" : "worker", quiet: true });
    this.net = new Networks(this.ctx);
    this.secretStore = new SwarmData(this.ctx, "secret");
    this.configStore = new SwarmData(this.ctx, "config");
    if (o.defaultNetwork !== false) {
      this.defaultNetworkId = this.net.create({ Name: "sim_default", Driver: "overlay", IPAM: { Config: [{ Subnet: "10.64.0.0/10", Gateway: "10.64.0.1" }] } }).Id;
    }
    for (const s of o.services ?? []) {
      this.createService(serviceSpec(s.name, { replicas: s.replicas, image: s.image ?? "lab/busybox:1", networks: this.defaultNetworkId ? [this.defaultNetworkId] : undefined }));
    }
    this.settle();
  }

  // ── reads: immutable objects; a list is rebuilt only after a write ──

  get taskHistory(): number {
    return this.swarmObject.Spec.Orchestration?.TaskHistoryRetentionLimit ?? 5;
  }
  /** GET /swarm without JoinTokens (see joinTokens()). */
  swarm(): EngineSwarm {
    return this.swarmObject;
  }
  joinTokens(): { worker: string; manager: string } {
    return { worker: this.tokens.worker, manager: this.tokens.manager };
  }
  /** GET /swarm/unlockkey: "" unless autolock is on. */
  unlockKey(): string {
    return this.unlock;
  }
  /** The leader (the node /info answers as); when no manager is reachable, the first manager. */
  leader(): EngineNode {
    let first: EngineNode | null = null;
    for (const n of this.nodeMap.values()) {
      if (n.ManagerStatus?.Leader) return n;
      if (!first && n.ManagerStatus) first = n;
    }
    return first ?? this.nodeMap.values().next().value!;
  }
  nodes(): EngineNode[] {
    return (this.fresh().nodes ??= [...this.nodeMap.values()]);
  }
  /** A node by ID, hostname or unique ID prefix. */
  node(ref: string): EngineNode | null {
    return resolveRef(ref, this.nodeMap, (n) => n.Description?.Hostname);
  }
  tasks(): EngineTask[] {
    return (this.fresh().tasks ??= [...this.taskMap.values()].map((r) => r.task));
  }
  task(id: string): EngineTask | null {
    return resolveRef(id, this.taskMap, () => undefined)?.task ?? null;
  }
  networks(): EngineNetwork[] {
    return this.net.all();
  }
  network(ref: string): EngineNetwork | null {
    return this.net.get(ref);
  }
  secrets(): EngineSecret[] {
    return this.secretStore.all();
  }
  secret(ref: string): EngineSecret | null {
    return this.secretStore.get(ref);
  }
  configs(): EngineConfigWithData[] {
    return this.configStore.all();
  }
  config(ref: string): EngineConfigWithData | null {
    return this.configStore.get(ref);
  }

  /** GET /services?status=true: with ServiceStatus counted as the engine does (running on a ready node; jobs' completions). */
  services(): EngineService[] {
    const lists = this.fresh();
    if (lists.services) return lists.services;
    const counts = new Map<string, { running: number; desiredRunning: number; completed: number; jobTasks: number }>();
    for (const rec of this.taskMap.values()) {
      const t = rec.task;
      let c = counts.get(t.ServiceID);
      if (!c) counts.set(t.ServiceID, (c = { running: 0, desiredRunning: 0, completed: 0, jobTasks: 0 }));
      const current = !rec.service.job || rec.iteration === rec.service.job.iteration;
      if (t.DesiredState === "running") c.desiredRunning++;
      if (current && rec.service.job && (t.DesiredState === "complete" || t.Status.State === "complete")) c.jobTasks++;
      if (current && t.Status.State === "complete") c.completed++;
      if (t.Status.State === "running" && (t.DesiredState === "running" || t.DesiredState === "complete") && this.nodeMap.get(t.NodeID ?? "")?.Status.State === "ready")
        c.running++;
    }
    return (lists.services = [...this.serviceMap.values()].map((s) => {
      const c = counts.get(s.id) ?? { running: 0, desiredRunning: 0, completed: 0, jobTasks: 0 };
      const mode = s.spec.Mode;
      let desired = c.desiredRunning;
      if (mode.Replicated) desired = mode.Replicated.Replicas ?? 1;
      if (mode.ReplicatedJob) {
        const { max, total } = this.jobCounts(s);
        desired = Math.max(0, Math.min(max, total - (s.job?.completed ?? 0)));
      }
      if (mode.GlobalJob) desired = c.jobTasks;
      return this.serviceObject(s, { RunningTasks: c.running, DesiredTasks: desired, ...(s.job ? { CompletedTasks: c.completed } : {}) });
    }));
  }
  /** GET /services/{id} by ID, name or unique ID prefix: no ServiceStatus, as the real engine. */
  service(ref: string): EngineService | null {
    const s = resolveRef(ref, this.serviceMap, (x) => x.spec.Name);
    return s ? this.serviceObject(s) : null;
  }
  /** Node, service, network, secret and config events as a manager emits them; there are no task events. Returns the unsubscribe. */
  onEvent(listener: (e: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private fresh() {
    if (this.lists.index !== this.index) this.lists = { index: this.index };
    return this.lists;
  }

  private serviceObject(s: ServiceRecord, status?: EngineService["ServiceStatus"]): EngineService {
    const base = engineService(s.id, { version: s.version, spec: s.spec, previousSpec: s.previousSpec, update: s.update, createdAt: s.createdAt, updatedAt: s.updatedAt });
    const endpoint: NonNullable<EngineService["Endpoint"]> = { Spec: { ...s.spec.EndpointSpec } };
    if (s.ports?.length) endpoint.Ports = s.ports;
    if (s.vips.size > 0) endpoint.VirtualIPs = [...s.vips].map(([NetworkID, Addr]) => ({ NetworkID, Addr }));
    const { ServiceStatus: _none, ...rest } = base;
    return {
      ...rest,
      Endpoint: endpoint,
      ...(status ? { ServiceStatus: status } : {}),
      ...(s.job ? { JobStatus: { JobIteration: { Index: s.job.iteration }, LastExecution: s.job.lastExecution } } : {}),
    };
  }

  // ── the clock ──

  /** Runs every step due up to `time`, in order. */
  advanceTo(time: number): void {
    for (let step = this.timeline.takeDue(time); step; step = this.timeline.takeDue(time)) {
      this.now = Math.max(this.now, step.due);
      this.run(step.what, step.id, step.plan);
    }
    this.now = Math.max(this.now, time);
  }

  advance(ms: number): void {
    this.advanceTo(this.now + ms);
  }

  /** Runs the clock until nothing more is planned but planned demo changes (or `limitMs` passed); tasks no node can take stay pending. */
  settle(limitMs = 600_000): void {
    const limit = this.now + limitMs;
    for (let due = this.timeline.nextDue(); due !== null && due <= limit && this.timeline.size > this.actionCount; due = this.timeline.nextDue()) this.advanceTo(due);
  }

  /** Plans `action` at logical time `time` on the swarm's own timeline (how the demo's self-driven changes stay deterministic). */
  at(time: number, action: () => void): void {
    const id = `life${this.actions.size}:${this.index}:${this.timeline.size}`;
    this.actions.set(id, action);
    this.actionCount++;
    this.timeline.add({ due: Math.max(time, this.now), id, plan: 0, what: "life" });
  }

  private run(what: StepKind, id: string, plan: number): void {
    if (what === "life") {
      const action = this.actions.get(id);
      this.actions.delete(id);
      this.actionCount--;
      action?.();
      return;
    }
    if (what === "update") {
      const s = this.serviceMap.get(id);
      if (s && s.plan === plan) this.progressUpdate(s);
      return;
    }
    if (what === "node-down" || what === "orphan") {
      if (this.nodeDownPlan.get(id) === plan) (what === "node-down" ? this.restartTasksOfDownNode : this.orphanTasks).call(this, id);
      return;
    }
    const rec = this.taskMap.get(id);
    if (!rec || rec.plan !== plan) return;
    if (what === "task") this.stepTask(rec);
    else if (what === "exit") this.exitTask(rec);
    else if (what === "release") this.tryRelease(rec);
  }

  // ── swarm writes ──

  /** POST /swarm/update?version=…&rotateWorkerToken=…&rotateManagerToken=…&rotateManagerUnlockKey=… */
  updateSwarm(version: number, spec: EngineSwarm["Spec"], rotate: { workerToken?: boolean; managerToken?: boolean; unlockKey?: boolean } = {}): void {
    if (version !== this.swarmObject.Version.Index) throw outOfSequence();
    const autolock = spec.EncryptionConfig?.AutoLockManagers ?? false;
    if (rotate.workerToken) this.tokens.worker = joinToken(this.rnd, this.tokens.digest);
    if (rotate.managerToken) this.tokens.manager = joinToken(this.rnd, this.tokens.digest);
    if (!autolock) this.unlock = "";
    else if (!this.unlock || rotate.unlockKey) this.unlock = unlockKey(this.rnd);
    this.swarmObject = { ...this.swarmObject, Version: { Index: this.bump() }, UpdatedAt: iso(this.now), Spec: structuredClone(spec) };
  }

  // ── node writes ──

  /** A node joins (docker swarm join): named managerN / workerN after the nodes of its role. */
  joinNode(o: { role?: "manager" | "worker"; hostname?: string; labels?: Record<string, string>; quiet?: boolean } = {}): { ID: string } {
    const role = o.role ?? "worker";
    const i = this.scheduler.nodeIds.length;
    const id = this.rnd.objectId();
    const sameRole = [...this.nodeMap.values()].filter((n) => n.Spec.Role === role).length;
    const hostname = o.hostname ?? `${role}${sameRole + 1}`;
    const addr = `10.213.${Math.floor((i + 11) / 250)}.${((i + 11) % 250) + 1}`;
    const at = iso(this.now);
    const leader = role === "manager" && ![...this.nodeMap.values()].some((n) => n.ManagerStatus?.Leader);
    const node = engineNode(id, { version: this.bump(), hostname, role, leader, addr, createdAt: at });
    node.Spec.Labels = { ...o.labels };
    node.Description = {
      ...node.Description,
      Engine: {
        EngineVersion: "20.10.24",
        Plugins: [
          { Type: "Log", Name: "json-file" },
          { Type: "Log", Name: "local" },
          { Type: "Network", Name: "bridge" },
          { Type: "Network", Name: "host" },
          { Type: "Network", Name: "overlay" },
          { Type: "Volume", Name: "local" },
        ],
      },
      TLSInfo: {
        TrustRoot: this.swarmObject.TLSInfo?.TrustRoot,
        CertIssuerSubject: "MBMxETAPBgNVBAMTCHN3YXJtLWNh",
        CertIssuerPublicKey: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEU0lNVUxBVEVE",
      },
    };
    this.nodeMap.set(id, node);
    this.scheduler.add(id);
    if (!o.quiet) {
      this.emit("node", "create", id, { name: hostname });
      this.reconcileAll();
    }
    return { ID: id };
  }

  /** POST /nodes/{id}/update: Role (promote/demote, ManagerStatus appears/goes), Availability (drain moves tasks, pause takes no new ones), Labels. */
  updateNode(ref: string, version: number, spec: EngineNodeSpec): void {
    const node = this.node(ref);
    if (!node) throw new EngineError(`node ${ref} not found`, 404, null);
    if (node.Version.Index !== version) throw outOfSequence();
    if (!["active", "pause", "drain"].includes(spec.Availability)) throw invalid(`invalid availability: ${spec.Availability}`);
    if (spec.Role !== "manager" && spec.Role !== "worker") throw invalid(`invalid role: ${spec.Role}`);
    const managers = [...this.nodeMap.values()].filter((n) => n.Spec.Role === "manager");
    if (node.Spec.Role === "manager" && spec.Role === "worker" && managers.length === 1) throw precondition("attempting to demote the last manager of the swarm");
    const id = node.ID;
    const attributes: Record<string, string> = { name: node.Description?.Hostname ?? id };
    if (spec.Availability !== node.Spec.Availability) Object.assign(attributes, { "availability.old": node.Spec.Availability, "availability.new": spec.Availability });
    if (spec.Role !== node.Spec.Role) Object.assign(attributes, { "role.old": node.Spec.Role, "role.new": spec.Role });
    const addr = node.Status.Addr ?? "";
    const reachability = node.Status.State === "ready" ? ("reachable" as const) : ("unreachable" as const);
    const manager = spec.Role === "manager" ? (node.ManagerStatus ?? { Leader: false, Reachability: reachability, Addr: `${addr}:2377` }) : undefined;
    const wasLeader = Boolean(node.ManagerStatus?.Leader);
    this.putNode({ ...node, Version: { Index: this.bump() }, UpdatedAt: iso(this.now), Spec: { ...spec, Labels: { ...spec.Labels } }, ManagerStatus: manager });
    this.emit("node", "update", id, attributes);
    if (wasLeader && !manager) this.electLeader();
    this.reconcileAll();
  }

  /** DELETE /nodes/{id}?force=…: a manager must be demoted first; a ready node needs force. Its tasks start again elsewhere. */
  removeNode(ref: string, force = false): void {
    const node = this.node(ref);
    if (!node) throw new EngineError(`node ${ref} not found`, 404, null);
    if (node.Spec.Role === "manager") {
      throw precondition(`node ${node.ID} is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal`);
    }
    if (!force && node.Status.State === "ready") throw precondition(`node ${node.ID} is not down and can't be removed`);
    this.nodeMap.delete(node.ID);
    this.scheduler.remove(node.ID);
    this.nodeDownPlan.delete(node.ID);
    this.bump();
    this.emit("node", "remove", node.ID, { name: node.Description?.Hostname ?? node.ID });
    for (const rec of [...(this.onNode.get(node.ID) ?? [])]) {
      const s = rec.service;
      this.count(rec, false);
      if (rec.task.DesiredState !== "shutdown" && rec.task.DesiredState !== "remove") this.writeTask(rec, { DesiredState: "shutdown" });
      this.finish(rec, "orphaned", { Message: "node removed", Err: undefined });
      if (!isGlobal(s.spec) && rec.key && s.slots.get(rec.key)?.at(-1) === rec.task.ID) this.replace(rec);
    }
    this.onNode.delete(node.ID);
    this.reconcileAll();
  }

  /** Power loss ("down") or back ("ready"): a down node's tasks are restarted elsewhere after the heartbeat grace; the leader moves on. */
  setNodeState(ref: string, state: "down" | "ready"): void {
    const node = this.node(ref);
    if (!node) throw new EngineError(`node ${ref} not found`, 404, null);
    if (node.Status.State === state) return;
    const id = node.ID;
    const attributes: Record<string, string> = { name: node.Description?.Hostname ?? id, "state.old": node.Status.State, "state.new": state };
    let manager = node.ManagerStatus;
    if (manager) {
      const reach = state === "ready" ? "reachable" : "unreachable";
      Object.assign(attributes, { "reachability.old": manager.Reachability, "reachability.new": reach });
      if (state === "down" && manager.Leader) Object.assign(attributes, { "leader.old": "true", "leader.new": "false" });
      manager = { ...manager, Reachability: reach, Leader: state === "down" ? false : manager.Leader };
    }
    const status = state === "down" ? { State: "down" as const, Message: "heartbeat failure", Addr: node.Status.Addr } : { State: "ready" as const, Addr: node.Status.Addr };
    this.putNode({ ...node, Version: { Index: this.bump() }, UpdatedAt: iso(this.now), Status: status, ManagerStatus: manager });
    this.emit("node", "update", id, attributes);
    const plan = (this.nodeDownPlan.get(id) ?? 0) + 1;
    this.nodeDownPlan.set(id, plan);
    if (state === "down") {
      if (node.ManagerStatus?.Leader) this.electLeader();
      this.timeline.add({ due: this.now + this.delays.nodeDown, id, plan, what: "node-down" });
      this.timeline.add({ due: this.now + this.delays.orphan, id, plan, what: "orphan" });
      return;
    }
    if (!this.leaderNode()) this.electLeader();
    // Back: its agent reports again; tasks walk on (to running, or to shutdown when replaced meanwhile).
    for (const rec of this.onNode.get(id) ?? []) this.plan(rec);
    this.reconcileAll();
  }

  private leaderNode(): EngineNode | null {
    for (const n of this.nodeMap.values()) if (n.ManagerStatus?.Leader) return n;
    return null;
  }

  /** Raft elects the first reachable manager (if any); node update events say so. */
  private electLeader(): void {
    if (this.leaderNode()) return;
    for (const n of this.nodeMap.values()) {
      if (!n.ManagerStatus || n.Status.State !== "ready") continue;
      this.putNode({ ...n, Version: { Index: this.bump() }, UpdatedAt: iso(this.now), ManagerStatus: { ...n.ManagerStatus, Leader: true } });
      this.emit("node", "update", n.ID, { name: n.Description?.Hostname ?? n.ID, "leader.old": "false", "leader.new": "true" });
      return;
    }
  }

  private putNode(node: EngineNode): void {
    this.nodeMap.set(node.ID, node);
    this.scheduler.changed();
  }

  private restartTasksOfDownNode(id: string): void {
    for (const rec of [...(this.onNode.get(id) ?? [])]) {
      if (isGlobal(rec.service.spec) || !this.wanted(rec)) continue;
      if (rec.service.slots.get(rec.key)?.at(-1) !== rec.task.ID) continue;
      this.count(rec, false);
      this.writeTask(rec, { DesiredState: "shutdown" }); // the node cannot stop it: its state stays as last reported
      this.replace(rec);
    }
  }

  private orphanTasks(id: string): void {
    for (const rec of [...(this.onNode.get(id) ?? [])]) this.finish(rec, "orphaned", { Message: "task orphaned" });
  }

  // ── network, secret and config writes ──

  createNetwork(create: EngineNetworkCreate): { Id: string } {
    return this.net.create(create);
  }

  removeNetwork(ref: string): void {
    this.net.remove(ref, (id) => {
      for (const s of this.serviceMap.values()) {
        if (id === this.net.ingressId) {
          if (s.ports?.some((p) => p.PublishMode === "ingress")) return { publishing: s.id };
        } else if ((s.spec.TaskTemplate.Networks ?? []).some((n) => n.Target === id)) return { service: s.id };
      }
      // Like swarmkit: only a task still meant to run (desired state ≤ running) holds the network; a removed service's tasks shutting down do not.
      for (const rec of this.taskMap.values()) {
        const live = !isTerminal(rec.task.Status.State) && rec.task.DesiredState !== "shutdown" && rec.task.DesiredState !== "remove" && rec.task.DesiredState !== "complete";
        if (live && rec.addresses.some((a) => a.network === id)) return { task: rec.task.ID };
      }
      return null;
    });
  }

  createSecret(spec: EngineSecretSpec): { ID: string } {
    return this.secretStore.create(spec);
  }
  removeSecret(ref: string): void {
    this.secretStore.remove(ref, (id) => this.usersOf("Secrets", id));
  }
  createConfig(spec: EngineSecretSpec): { ID: string } {
    return this.configStore.create(spec);
  }
  removeConfig(ref: string): void {
    this.configStore.remove(ref, (id) => this.usersOf("Configs", id));
  }

  private usersOf(kind: "Secrets" | "Configs", id: string): string[] {
    const names: string[] = [];
    for (const s of this.serviceMap.values()) {
      if ((s.spec.TaskTemplate.ContainerSpec?.[kind] ?? []).some((r) => (kind === "Secrets" ? r.SecretID : r.ConfigID) === id)) names.push(s.spec.Name);
    }
    return names;
  }

  // ── service writes, checked like the Engine API ──

  createService(input: EngineServiceSpec): { ID: string } {
    const spec = this.checkedSpec(input);
    if ([...this.serviceMap.values()].some((s) => s.spec.Name === spec.Name)) {
      throw new EngineError(`rpc error: code = AlreadyExists desc = name conflicts with an existing object: service ${spec.Name} already exists`, 409, null);
    }
    const at = iso(this.now);
    const s: ServiceRecord = {
      id: this.rnd.objectId(),
      version: this.bump(),
      createdAt: at,
      updatedAt: at,
      spec,
      generation: 1,
      templateKey: templateKey(spec),
      constraints: parseConstraints(spec.TaskTemplate.Placement?.Constraints),
      maxReplicas: spec.TaskTemplate.Placement?.MaxReplicas ?? 0,
      slots: new Map(),
      finished: new Set(),
      restarts: new Map(),
      spread: [],
      plan: 0,
      batchOpen: false,
      nextBatchAt: 0,
      monitorUntil: null,
      updateTotal: 0,
      updateFailures: 0,
      ports: [],
      vips: new Map(),
    };
    this.allocateEndpoint(s);
    if (isJob(spec)) s.job = { iteration: s.version, lastExecution: at, nextSlot: 0, completed: 0 };
    this.serviceMap.set(s.id, s);
    this.emit("service", "create", s.id, { name: spec.Name });
    this.reconcile(s);
    return { ID: s.id };
  }

  /** POST /services/{id}/update?version=…[&rollback=previous]: scale, rolling update, rollback. */
  updateService(ref: string, version: number, input: EngineServiceSpec, opts: { rollback?: "previous" } = {}): void {
    const s = resolveRef(ref, this.serviceMap, (x) => x.spec.Name);
    if (!s) throw new EngineError(`service ${ref} not found`, 404, null);
    if (s.version !== version) throw outOfSequence();
    let next: EngineServiceSpec;
    if (opts.rollback) {
      if (!s.previousSpec) throw precondition(`service ${s.id} does not have a previous spec`);
      next = s.previousSpec;
    } else {
      next = this.checkedSpec(input);
      if (next.Name !== s.spec.Name) throw new EngineError("rpc error: code = Unimplemented desc = renaming services is not supported", 501, null);
      if (modeOf(next) !== modeOf(s.spec)) throw new EngineError("rpc error: code = Unimplemented desc = service mode change is not allowed", 501, null);
    }
    const before = this.serviceObject(s);
    s.previousSpec = s.spec;
    s.spec = next;
    this.placement(s);
    s.version = this.bump();
    s.updatedAt = iso(this.now);
    s.update = opts.rollback ? { state: "rollback_started", message: "manually requested rollback", startedAt: s.updatedAt } : undefined;
    this.allocateEndpoint(s);
    const key = templateKey(next);
    const dirty = key !== s.templateKey;
    if (dirty) {
      s.generation++;
      s.templateKey = key;
    }
    this.emit("service", "update", s.id, updateAttributes(before, this.serviceObject(s)));
    s.finished.clear();
    if (s.job) return this.newIteration(s);
    this.reconcile(s);
    if (dirty) this.startUpdate(s, opts.rollback ? "rollback_started" : "updating");
    else if (s.update) this.finishUpdate(s);
  }

  removeService(ref: string): void {
    const s = resolveRef(ref, this.serviceMap, (x) => x.spec.Name);
    if (!s) throw new EngineError(`service ${ref} not found`, 404, null);
    for (const ids of s.slots.values()) for (const taskId of [...ids]) this.retire(this.taskMap.get(taskId)!, "remove");
    for (const [network, address] of s.vips) this.net.release(network, address);
    this.ports.release(s.ports ?? []);
    this.serviceMap.delete(s.id);
    s.plan++;
    this.bump();
    this.emit("service", "remove", s.id, { name: s.spec.Name });
  }

  /** Validates a spec as swarmkit does and resolves network, secret and config names to IDs (a copy; the input is not kept). */
  private checkedSpec(input: EngineServiceSpec): EngineServiceSpec {
    const spec = structuredClone(input);
    if (!spec?.Name) throw invalid("meta: name must be provided");
    if (!/^[a-zA-Z0-9](?:[a-zA-Z0-9-_.]*[a-zA-Z0-9])?$/.test(spec.Name) || spec.Name.length > 63) throw invalid(`name must be valid as a DNS name component`);
    spec.Mode ??= { Replicated: { Replicas: 1 } };
    if (Object.keys(spec.Mode).filter((k) => spec.Mode[k as keyof typeof spec.Mode]).length !== 1) throw invalid("unrecognized service mode");
    if (spec.Mode.Replicated && (spec.Mode.Replicated.Replicas ?? 1) < 0) throw invalid("replicas must be non-negative");
    if (!spec.TaskTemplate?.ContainerSpec?.Image) throw invalid("ContainerSpec: image reference must be provided");
    parseConstraints(spec.TaskTemplate.Placement?.Constraints);
    spec.TaskTemplate.Networks = (spec.TaskTemplate.Networks ?? []).map((n) => {
      const net = this.net.get(n.Target);
      if (!net) throw new EngineError(`network ${n.Target} not found`, 404, null);
      if (net.Ingress) throw invalid('service cannot be explicitly attached to the ingress network "ingress"');
      return { ...n, Target: net.Id };
    });
    if (spec.TaskTemplate.Networks.length === 0) delete spec.TaskTemplate.Networks;
    const c = spec.TaskTemplate.ContainerSpec;
    for (const kind of ["Secrets", "Configs"] as const) {
      const store = kind === "Secrets" ? this.secretStore : this.configStore;
      const missing: string[] = [];
      c[kind] = c[kind]?.map((r) => {
        const ref = kind === "Secrets" ? (r.SecretID ?? r.SecretName) : (r.ConfigID ?? r.ConfigName);
        const found = ref ? store.get(ref) : null;
        if (!found) missing.push(String(ref));
        return kind === "Secrets"
          ? { ...r, SecretID: found?.ID, SecretName: found?.Spec.Name ?? r.SecretName }
          : { ...r, ConfigID: found?.ID, ConfigName: found?.Spec.Name ?? r.ConfigName };
      });
      if (missing.length > 0) throw invalid(`${kind === "Secrets" ? "secret" : "config"} not found: ${missing.join(", ")}`);
    }
    return spec;
  }

  /** Endpoint.Ports (PublishedPort 0 → the next free port from 30000, as swarmkit) and a VIP per network (ingress when publishing). */
  private allocateEndpoint(s: ServiceRecord): void {
    s.ports = this.ports.allocate(s.id, s.spec.EndpointSpec?.Ports ?? [], s.ports ?? [], (id) => this.serviceMap.get(id)?.spec.Name ?? id);
    const vip = (s.spec.EndpointSpec?.Mode ?? "vip") === "vip";
    const want = vip ? this.attachedNetworks(s) : [];
    for (const [network, address] of [...s.vips]) {
      if (!want.includes(network)) {
        this.net.release(network, address);
        s.vips.delete(network);
      }
    }
    for (const network of want) {
      if (s.vips.has(network)) continue;
      const address = this.net.take(network);
      if (address) s.vips.set(network, address);
    }
  }

  /** The scheduler's view of the service's placement, after its spec changed. */
  private placement(s: ServiceRecord): void {
    s.constraints = parseConstraints(s.spec.TaskTemplate.Placement?.Constraints);
    s.maxReplicas = s.spec.TaskTemplate.Placement?.MaxReplicas ?? 0;
    s.eligible = undefined;
  }

  /** The networks a service's tasks attach to: ingress first when it publishes ingress ports, then its own. */
  private attachedNetworks(s: ServiceRecord): string[] {
    const own = (s.spec.TaskTemplate.Networks ?? []).map((n) => n.Target);
    return s.ports?.some((p) => p.PublishMode === "ingress") ? [this.net.ingressId, ...own] : own;
  }

  // ── the orchestrators: one current task per slot (replicated), per eligible node (global), per completion (jobs) ──

  private reconcileAll(): void {
    for (const s of this.serviceMap.values()) this.reconcile(s);
    for (const taskId of [...this.unplaced]) {
      const rec = this.taskMap.get(taskId);
      if (rec) this.plan(rec, "schedule");
    }
  }

  private reconcile(s: ServiceRecord): void {
    if (s.job) return this.reconcileJob(s);
    // Tasks on drained (or gone) nodes, or on nodes that no longer meet the constraints: shut down; the slot starts again elsewhere.
    for (const [key, ids] of s.slots) {
      const rec = this.taskMap.get(ids[ids.length - 1])!;
      if (!this.wanted(rec) || !rec.task.NodeID) continue;
      const node = this.nodeMap.get(rec.task.NodeID);
      if (node && node.Spec.Availability !== "drain" && meetsConstraints(node, s.constraints)) continue;
      this.retire(rec, "shutdown");
      if (!isGlobal(s.spec)) this.createTask(s, key);
    }
    if (isGlobal(s.spec)) return this.reconcileGlobal(s);
    const want = s.spec.Mode.Replicated?.Replicas ?? 1;
    const live: { key: string; rec: TaskRecord }[] = [];
    let occupied = 0;
    for (const [key, ids] of s.slots) {
      const rec = this.taskMap.get(ids[ids.length - 1])!;
      if (this.wanted(rec)) live.push({ key, rec });
      if (this.wanted(rec) || s.finished.has(key)) occupied++;
    }
    if (occupied < want) {
      let slot = 0;
      for (let n = occupied; n < want; n++) {
        do slot++;
        while (s.finished.has(String(slot)) || (s.slots.has(String(slot)) && this.wanted(this.taskMap.get(s.slots.get(String(slot))!.at(-1)!)!)));
        this.createTask(s, String(slot));
      }
      return;
    }
    // Scale down like swarmkit: ended slots first, then tasks not yet running, then from the nodes running most of this service, highest slot first.
    let extra = occupied - want;
    for (const key of [...s.finished].sort((a, b) => Number(b) - Number(a))) {
      if (extra <= 0) break;
      if (live.some((l) => l.key === key)) continue;
      s.finished.delete(key);
      for (const id of [...(s.slots.get(key) ?? [])]) this.deleteTask(this.taskMap.get(id)!);
      extra--;
    }
    if (extra <= 0) return;
    const score = ({ key, rec }: { key: string; rec: TaskRecord }) => [rec.task.Status.State === "running" ? 1 : 0, -this.scheduler.tasksOn(s, rec.task.NodeID), -Number(key)];
    const order = live.map((l) => ({ l, k: score(l) })).sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2]);
    for (const { l } of order.slice(0, extra)) {
      s.finished.delete(l.key);
      this.retire(l.rec, "remove");
    }
  }

  /** Global: a task on every active, ready node that meets the constraints (paused and down nodes keep theirs but get none). */
  private reconcileGlobal(s: ServiceRecord, goal: TaskState = "running"): void {
    for (const id of this.scheduler.nodeIds) {
      if (!id) continue;
      const node = this.nodeMap.get(id)!;
      const ids = s.slots.get(id);
      const current = ids ? this.taskMap.get(ids[ids.length - 1]) : undefined;
      if (current && (this.wanted(current) || s.finished.has(id) || (s.job && current.iteration === s.job.iteration))) continue;
      if (node.Spec.Availability !== "active" || node.Status.State !== "ready" || !meetsConstraints(node, s.constraints)) continue;
      this.createTask(s, id, { goal });
    }
  }

  private jobCounts(s: ServiceRecord): { max: number; total: number } {
    const job = s.spec.Mode.ReplicatedJob;
    const max = job?.MaxConcurrent ?? 1;
    return { max, total: job?.TotalCompletions ?? max };
  }

  /** Jobs: replicated-job runs MaxConcurrent at a time until TotalCompletions completed; global-job one per eligible node. */
  private reconcileJob(s: ServiceRecord): void {
    const job = s.job!;
    if (s.spec.Mode.GlobalJob) return this.reconcileGlobal(s, "complete");
    const { max, total } = this.jobCounts(s);
    let active = 0;
    for (const ids of s.slots.values()) {
      const rec = this.taskMap.get(ids[ids.length - 1])!;
      if (rec.iteration === job.iteration && this.wanted(rec)) active++;
    }
    while (active < max && job.completed + active < total && job.nextSlot < total) {
      job.nextSlot++;
      this.createTask(s, String(job.nextSlot), { goal: "complete" });
      active++;
    }
  }

  /** A job's spec changed (e.g. swarm-cronjob bumped ForceUpdate): a new iteration, its unfinished tasks shut down. */
  private newIteration(s: ServiceRecord): void {
    for (const ids of s.slots.values()) {
      const rec = this.taskMap.get(ids[ids.length - 1])!;
      if (this.wanted(rec)) this.retire(rec, "shutdown");
    }
    s.job = { iteration: s.version, lastExecution: iso(this.now), nextSlot: 0, completed: 0 };
    this.reconcile(s);
  }

  /** Whether the orchestrator still wants the task to run (or to complete, for jobs). */
  private wanted(rec: TaskRecord): boolean {
    const d = rec.task.DesiredState;
    return (d === "running" || d === "ready" || d === "complete") && !isTerminal(rec.task.Status.State);
  }

  // ── rolling updates ──

  private startUpdate(s: ServiceRecord, state: UpdateState): void {
    const previous = s.update?.state;
    s.plan++;
    s.batchOpen = false;
    s.nextBatchAt = this.now;
    s.monitorUntil = null;
    s.updateFailures = 0;
    s.updateTotal = 0;
    for (const ids of s.slots.values()) {
      const rec = this.taskMap.get(ids[ids.length - 1])!;
      if (this.wanted(rec) && rec.generation < s.generation) s.updateTotal++;
    }
    if (state === "updating") {
      s.update = { state, startedAt: iso(this.now), message: "update in progress" };
      s.version = this.bump();
      this.emit("service", "update", s.id, { name: s.spec.Name, ...(previous ? { "updatestate.old": previous } : {}), "updatestate.new": state });
    }
    this.progressUpdate(s);
  }

  private setUpdate(s: ServiceRecord, state: UpdateState, message: string, done: boolean): void {
    const previous = s.update?.state;
    s.update = { ...s.update, state, message, ...(done ? { completedAt: iso(this.now) } : {}) };
    s.version = this.bump();
    s.updatedAt = iso(this.now);
    s.plan++;
    this.emit("service", "update", s.id, { name: s.spec.Name, ...(previous ? { "updatestate.old": previous } : {}), "updatestate.new": state });
  }

  private finishUpdate(s: ServiceRecord): void {
    const state = s.update?.state;
    if (state === "updating") this.setUpdate(s, "completed", "update completed", true);
    else if (state === "rollback_started") this.setUpdate(s, "rollback_completed", "rollback completed", true);
  }

  /** Replace tasks of older generations `Parallelism` at a time (stop-first or start-first), `Delay` between batches, then monitor. */
  private progressUpdate(s: ServiceRecord): void {
    const state = s.update?.state;
    if (state !== "updating" && state !== "rollback_started") return;
    const config = updateConfig(state === "updating" ? s.spec.UpdateConfig : s.spec.RollbackConfig);
    let inFlight = 0;
    const old: { key: string; rec: TaskRecord }[] = [];
    for (const [key, ids] of s.slots) {
      const rec = this.taskMap.get(ids[ids.length - 1])!;
      if (!this.wanted(rec)) continue;
      if (rec.generation < s.generation) old.push({ key, rec });
      else if (rec.task.Status.State !== "running" || rec.replaces) inFlight++;
    }
    if (inFlight > 0) return; // the batch's tasks poke this again as they reach running
    if (s.batchOpen) {
      s.batchOpen = false;
      s.nextBatchAt = this.now + config.delayMs;
    }
    if (old.length === 0) {
      s.monitorUntil ??= this.now + config.monitorMs;
      if (this.now < s.monitorUntil) return this.wakeUpdate(s, s.monitorUntil);
      return this.finishUpdate(s);
    }
    if (this.now < s.nextBatchAt) return this.wakeUpdate(s, s.nextBatchAt);
    old.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { key, rec } of config.parallelism > 0 ? old.slice(0, config.parallelism) : old) {
      if (config.startFirst) {
        this.createTask(s, key, { replaces: rec.task.ID });
      } else {
        this.retire(rec, "shutdown");
        this.createTask(s, key, { after: rec.task.ID });
      }
    }
    s.batchOpen = true;
  }

  /** A task of the update's generation failed: past MaxFailureRatio the FailureAction applies (pause, continue, rollback). */
  private updateTaskFailed(s: ServiceRecord, rec: TaskRecord): void {
    const state = s.update?.state;
    if ((state !== "updating" && state !== "rollback_started") || rec.generation !== s.generation) return;
    const config = updateConfig(state === "updating" ? s.spec.UpdateConfig : s.spec.RollbackConfig);
    if (rec.runningSince !== undefined && this.now - rec.runningSince > config.monitorMs) return;
    s.updateFailures++;
    if (s.updateFailures / Math.max(1, s.updateTotal) <= config.maxFailureRatio || config.failureAction === "continue") return;
    const reason = `due to failure or early termination of task ${rec.task.ID}`;
    if (state === "updating" && config.failureAction === "rollback" && s.previousSpec) {
      const before = this.serviceObject(s);
      s.spec = s.previousSpec;
      s.previousSpec = undefined;
      this.placement(s);
      s.generation++;
      s.templateKey = templateKey(s.spec);
      s.update = { state: "rollback_started", message: `update rolled back ${reason}`, startedAt: iso(this.now) };
      s.version = this.bump();
      s.updatedAt = iso(this.now);
      this.allocateEndpoint(s);
      this.emit("service", "update", s.id, updateAttributes(before, this.serviceObject(s)));
      this.startUpdate(s, "rollback_started");
      return;
    }
    if (state === "updating") this.setUpdate(s, "paused", `update paused ${reason}`, false);
    else this.setUpdate(s, "rollback_paused", `rollback paused ${reason}`, false);
  }

  private wakeUpdate(s: ServiceRecord, due: number): void {
    this.timeline.add({ due, id: s.id, plan: s.plan, what: "update" });
  }

  // ── tasks: created new, walked through the lifecycle by the timeline ──

  private createTask(s: ServiceRecord, key: string, o: { goal?: TaskState; after?: string; replaces?: string; until?: number } = {}): TaskRecord {
    const id = this.rnd.objectId();
    const at = iso(this.now);
    const global = isGlobal(s.spec);
    const goal = o.goal ?? (s.job ? "complete" : "running");
    const held = o.after !== undefined || (o.until !== undefined && o.until > this.now);
    const task: EngineTask = {
      ID: id,
      Version: { Index: this.bump() },
      CreatedAt: at,
      UpdatedAt: at,
      Labels: {},
      Spec: s.spec.TaskTemplate,
      ServiceID: s.id,
      ...(global ? { NodeID: key } : { Slot: Number(key) }),
      Status: { Timestamp: at, State: "new", Message: "created" },
      DesiredState: held ? "ready" : goal,
      ...(s.job ? { JobIteration: { Index: s.job.iteration } } : {}),
    };
    const rec: TaskRecord = { task, service: s, key, generation: s.generation, iteration: s.job?.iteration ?? 0, plan: 0, counted: false, goal, addresses: [] };
    if (held) {
      rec.hold = { until: o.until ?? this.now, after: o.after };
      const other = o.after ? this.taskMap.get(o.after) : undefined;
      if (o.after && other && !isTerminal(other.task.Status.State)) this.waiting.set(o.after, [...(this.waiting.get(o.after) ?? []), id]);
    }
    if (o.replaces) rec.replaces = o.replaces;
    const attachments = [];
    for (const network of this.attachedNetworks(s)) {
      const address = this.net.take(network);
      if (!address) continue;
      rec.addresses.push({ network, address });
      attachments.push(this.net.attachment(network, address));
    }
    if (attachments.length > 0) task.NetworksAttachments = attachments;
    this.taskMap.set(id, rec);
    if (global) this.assign(rec, key);
    const ids = s.slots.get(key) ?? [];
    ids.push(id);
    s.slots.set(key, ids);
    this.trimHistory(s, key);
    this.plan(rec);
    return rec;
  }

  /** The slot's task ended or its node was lost: the orchestrator starts the slot again (unplaced, so the scheduler picks a node). */
  private replace(rec: TaskRecord, until?: number): void {
    this.createTask(rec.service, rec.key, { goal: rec.goal, until });
  }

  /** Plans the task's next step on the timeline (superseding any earlier plan). */
  private plan(rec: TaskRecord, only?: "schedule"): void {
    if (rec.task.NodeID && this.nodeMap.get(rec.task.NodeID)?.Status.State === "down") return; // frozen until its node is back
    const step = nextStep(rec.task.Status.State, rec.task.DesiredState);
    if (!step) {
      if (rec.task.Status.State === "ready" && rec.task.DesiredState === "ready") this.tryRelease(rec);
      return;
    }
    if (only && step.delay !== only) return;
    this.unplaced.delete(rec.task.ID);
    rec.plan++;
    this.timeline.add({ due: this.now + this.rnd.around(this.delays[step.delay]), id: rec.task.ID, plan: rec.plan, what: "task" });
  }

  private stepTask(rec: TaskRecord): void {
    const t = rec.task;
    if (t.NodeID && this.nodeMap.get(t.NodeID)?.Status.State === "down") return;
    const step = nextStep(t.Status.State, t.DesiredState);
    if (!step) return;
    const s = rec.service;
    const status: EngineTask["Status"] = { Timestamp: iso(this.now), State: step.to, Message: step.message };
    if (step.to === "assigned") {
      const nodeId = isGlobal(s.spec) ? (this.scheduler.fits(s, t.NodeID!) ? t.NodeID! : null) : this.scheduler.pick(s);
      if (!nodeId) {
        this.unplaced.add(t.ID);
        const err = this.scheduler.explain(s);
        if (t.Status.Err !== err) this.writeTask(rec, { Status: { ...t.Status, Timestamp: iso(this.now), Err: err } });
        return;
      }
      if (!isGlobal(s.spec)) this.assign(rec, nodeId);
    }
    const container = t.Status.ContainerStatus;
    if (step.to === "ready") status.ContainerStatus = { ContainerID: this.rnd.hexId(), PID: 0, ExitCode: 0 };
    else if (step.to === "running") status.ContainerStatus = { ...container, PID: 1000 + Math.floor(this.rnd.next() * 60000), ExitCode: 0 };
    else if (container) status.ContainerStatus = step.to === "shutdown" ? { ...container, PID: 0, ExitCode: 0 } : container;
    status.PortStatus = {};
    this.writeTask(rec, { Status: status });
    if (step.to === "running") this.started(rec);
    if (isTerminal(step.to)) this.stopped(rec);
    else this.plan(rec);
    if (step.to === "running" || isTerminal(step.to)) this.progressUpdate(s);
  }

  private started(rec: TaskRecord): void {
    rec.runningSince = this.now;
    if (rec.replaces) {
      const old = this.taskMap.get(rec.replaces);
      rec.replaces = undefined;
      if (old && this.wanted(old)) this.retire(old, "shutdown");
    }
    const exit = containerExit(rec.service.spec);
    const after = exit?.afterMs ?? (rec.service.job ? this.delays.job : null);
    if (after === null) return;
    rec.plan++;
    this.timeline.add({ due: this.now + this.rnd.around(after), id: rec.task.ID, plan: rec.plan, what: "exit" });
  }

  /** The container exited on its own: complete (code 0) or failed (non-zero), then the restart policy decides. */
  private exitTask(rec: TaskRecord): void {
    if (rec.task.Status.State !== "running" || !this.wanted(rec)) return;
    const s = rec.service;
    const code = containerExit(s.spec)?.code ?? 0;
    const failed = code !== 0;
    this.finish(rec, failed ? "failed" : "complete", { Message: failed ? "started" : "finished", Err: failed ? `task: non-zero exit (${code})` : undefined, exitCode: code });
    if (this.serviceMap.get(s.id) !== s) return;
    if (failed) this.updateTaskFailed(s, rec);
    if (s.job && !failed) {
      if (rec.iteration === s.job.iteration) s.job.completed++;
      return this.reconcileJob(s);
    }
    // The restart supervisor: the ended task is marked desired shutdown; a new one takes the slot after the delay, if the policy says so.
    this.writeTask(rec, { DesiredState: "shutdown" });
    const restarts = s.restarts.get(rec.key) ?? [];
    if (s.job && rec.iteration !== s.job.iteration) return;
    if (!shouldRestart(s.spec, rec.task.Status.State, restarts, this.now)) {
      if (!s.job) s.finished.add(rec.key);
      return;
    }
    if (restartPolicy(s.spec).maxAttempts > 0) s.restarts.set(rec.key, [...restarts, this.now]);
    this.replace(rec, this.now + restartPolicy(s.spec).delayMs);
  }

  /** A held task (desired ready) goes on to run once its delay passed and the task it waits for has stopped. */
  private tryRelease(rec: TaskRecord): void {
    const hold = rec.hold;
    if (!hold || rec.task.DesiredState !== "ready") return;
    if (hold.after) {
      const other = this.taskMap.get(hold.after);
      if (other && !isTerminal(other.task.Status.State)) return; // released when it stops
    }
    if (this.now < hold.until) {
      rec.plan++;
      this.timeline.add({ due: hold.until, id: rec.task.ID, plan: rec.plan, what: "release" });
      return;
    }
    if (rec.task.Status.State !== "ready") return; // released on reaching ready
    rec.hold = undefined;
    this.writeTask(rec, { DesiredState: rec.goal });
    this.plan(rec);
  }

  /** The orchestrator no longer wants the task: `shutdown` (replaced, history kept) or `remove` (slot or service gone). */
  private retire(rec: TaskRecord, desired: TaskState): void {
    this.count(rec, false);
    if (isTerminal(rec.task.Status.State)) {
      if (desired === "remove") this.deleteTask(rec);
      return;
    }
    this.writeTask(rec, { DesiredState: desired });
    if (!rec.task.NodeID || rec.task.Status.State === "new" || rec.task.Status.State === "pending") {
      // Never placed: nothing to stop on a node.
      this.finish(rec, "shutdown", { Message: "shutdown" });
      return;
    }
    this.plan(rec);
  }

  /** Ends a task in `state` at once (exit, never placed, orphaned, node removed). */
  private finish(rec: TaskRecord, state: TaskState, o: { Message: string; Err?: string; exitCode?: number }): void {
    const container = rec.task.Status.ContainerStatus;
    const status: EngineTask["Status"] = { Timestamp: iso(this.now), State: state, Message: o.Message, ...(o.Err ? { Err: o.Err } : {}), PortStatus: {} };
    if (container) status.ContainerStatus = { ...container, PID: 0, ExitCode: o.exitCode ?? container.ExitCode ?? 0 };
    rec.plan++;
    this.writeTask(rec, { Status: status });
    this.stopped(rec);
  }

  /** An ended task: its addresses given back, tasks waiting for it released, kept as slot history (or deleted with a removed slot). */
  private stopped(rec: TaskRecord): void {
    const s = rec.service;
    this.count(rec, false);
    this.unplaced.delete(rec.task.ID);
    if (rec.task.NodeID) this.onNode.get(rec.task.NodeID)?.delete(rec);
    for (const { network, address } of rec.addresses) this.net.release(network, address);
    rec.addresses = [];
    const waiters = this.waiting.get(rec.task.ID);
    if (waiters) {
      this.waiting.delete(rec.task.ID);
      for (const id of waiters) {
        const w = this.taskMap.get(id);
        if (w) this.tryRelease(w);
      }
    }
    const ids = s.slots.get(rec.key);
    if (this.serviceMap.get(s.id) !== s || !ids) return this.deleteTask(rec);
    if (rec.task.DesiredState !== "remove") return this.trimHistory(s, rec.key);
    if (ids[ids.length - 1] !== rec.task.ID) return this.deleteTask(rec); // the slot was taken again meanwhile
    for (const id of [...ids]) {
      const old = this.taskMap.get(id)!;
      if (isTerminal(old.task.Status.State)) this.deleteTask(old);
    }
  }

  /** Keeps at most TaskHistoryRetentionLimit tasks per slot, dropping the oldest ended ones. */
  private trimHistory(s: ServiceRecord, key: string): void {
    const ids = s.slots.get(key);
    if (!ids) return;
    for (let i = 0; ids.length > this.taskHistory && i < ids.length - 1;) {
      const rec = this.taskMap.get(ids[i])!;
      if (isTerminal(rec.task.Status.State)) this.deleteTask(rec);
      else i++;
    }
  }

  private deleteTask(rec: TaskRecord): void {
    if (!this.taskMap.has(rec.task.ID)) return;
    this.taskMap.delete(rec.task.ID);
    this.unplaced.delete(rec.task.ID);
    this.count(rec, false);
    if (rec.task.NodeID) this.onNode.get(rec.task.NodeID)?.delete(rec);
    for (const { network, address } of rec.addresses) this.net.release(network, address);
    rec.addresses = [];
    rec.plan++;
    this.bump();
    const s = rec.service;
    const ids = s.slots.get(rec.key);
    if (!ids) return;
    const at = ids.indexOf(rec.task.ID);
    if (at >= 0) ids.splice(at, 1);
    if (ids.length === 0) s.slots.delete(rec.key);
  }

  private writeTask(rec: TaskRecord, patch: Partial<EngineTask>): void {
    rec.task = { ...rec.task, ...patch, Version: { Index: this.bump() }, UpdatedAt: iso(this.now) };
  }

  /** Puts the task on a node: NodeID, the node's task index, and its load. */
  private assign(rec: TaskRecord, nodeId: string): void {
    if (rec.task.NodeID !== nodeId) rec.task = { ...rec.task, NodeID: nodeId };
    let set = this.onNode.get(nodeId);
    if (!set) this.onNode.set(nodeId, (set = new Set()));
    set.add(rec);
    this.count(rec, true);
  }

  /** Counts (or uncounts) a placed, wanted task in its node's load. */
  private count(rec: TaskRecord, on: boolean): void {
    if (rec.counted === on) return;
    if (this.scheduler.count(rec.service, rec.task.NodeID, on ? 1 : -1)) rec.counted = on;
  }

  /** Every write is a new raft index; objects carry the index of their last write as Version.Index. */
  private bump(): number {
    return ++this.index;
  }

  private emit(type: EventType, action: string, id: string, attributes: Record<string, string>): void {
    const e: EngineEvent = { Type: type, Action: action, Actor: { ID: id, Attributes: attributes }, scope: "swarm", time: Math.floor(this.now / 1000), timeNano: this.now * 1e6 };
    for (const listener of this.listeners) listener(e);
  }
}
