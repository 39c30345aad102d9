// The cluster model as the browser and GET /api/v1/cluster see it (documented field by field in docs/api.md).
import type { NodeAvailability, NodeRole, NodeState, Reachability, TaskState, UpdateState } from "./engine-types";

/** How the server's link to the Docker engine stands. */
export type EngineLinkState =
  | "connecting" // first attempt not finished yet
  | "live" // synced and watching
  | "reconnecting" // was live, lost the engine, retrying
  | "unreachable" // cannot reach the engine at all
  | "not-swarm" // engine reachable but not part of a swarm
  | "not-manager" // engine is a swarm worker, not a manager
  | "locked"; // swarm manager is locked (autolock)

export interface EngineLink {
  state: EngineLinkState;
  /** The DOCKER_HOST the server talks to (no credentials). */
  host: string;
  /** What went wrong, in words, when not live. */
  message: string | null;
  /** How to fix it, when not live. */
  hint: string | null;
  /** Negotiated API version, e.g. "1.41". */
  apiVersion: string | null;
  engineVersion: string | null;
  /** True when the engine is Swarmscope's simulated demo swarm (GET /version names it so): every page says so. */
  simulated: boolean;
  /** ISO time the state was entered. */
  since: string;
  /** ISO time of the last successful read from the engine. */
  lastSyncAt: string | null;
  /** The last switch to another manager of SWARMSCOPE_MANAGERS ("manager1 unreachable — now watching manager2"), kept while on it. */
  failover: ManagerSwitch | null;
  /** The engine (or a filtering proxy in front of it) refused a write with 403: why, in its words; controls that write are hidden. */
  readOnly: string | null;
}

/** One failover: from which manager (its name, else its address), why, to which, when. */
export interface ManagerSwitch {
  from: string;
  to: string;
  /** "unreachable", "locked", "not a manager", "without quorum"… — what made `from` unusable. */
  why: string;
  /** The failure in the engine's words. */
  reason: string;
  at: string;
}

export interface SwarmView {
  id: string;
  createdAt: string;
  updatedAt: string;
  managers: number;
  workers: number;
  taskHistoryLimit: number | null;
  autolock: boolean;
  raft: { snapshotInterval: number | null; electionTick: number | null; heartbeatTick: number | null };
  dispatcherHeartbeatSeconds: number | null;
  nodeCertExpirySeconds: number | null;
  defaultAddrPool: string[];
}

export interface NodeView {
  id: string;
  version: number;
  hostname: string;
  role: NodeRole;
  availability: NodeAvailability;
  status: NodeState;
  statusMessage: string | null;
  addr: string | null;
  /** Present for managers only. */
  manager: { leader: boolean; reachability: Reachability; addr: string } | null;
  engineVersion: string | null;
  os: string | null;
  arch: string | null;
  cpus: number | null;
  memoryBytes: number | null;
  labels: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export type ServiceMode = "replicated" | "global" | "replicated-job" | "global-job";

export interface PortView {
  protocol: "tcp" | "udp" | "sctp";
  target: number;
  published: number | null;
  mode: "ingress" | "host";
}

export interface ServiceView {
  id: string;
  version: number;
  name: string;
  mode: ServiceMode;
  /** Spec.Mode.Replicated.Replicas for replicated services, otherwise null. */
  replicas: number | null;
  /** ServiceStatus.DesiredTasks / RunningTasks (GET /services?status=true); null when the engine did not say. */
  desired: number | null;
  running: number | null;
  completed: number | null;
  /** Image reference without the @sha256 digest. */
  image: string;
  ports: PortView[];
  /** com.docker.stack.namespace label, when deployed as a stack. */
  stack: string | null;
  labels: Record<string, string>;
  networks: string[];
  constraints: string[];
  /** TaskTemplate.RestartPolicy.Condition (Docker's default: any). */
  restartCondition: "none" | "on-failure" | "any";
  /** IDs of the secrets and configs the service mounts (ContainerSpec.Secrets / Configs). */
  secrets: string[];
  configs: string[];
  update: { state: UpdateState; message: string | null; startedAt: string | null; completedAt: string | null } | null;
  /** UpdateConfig with Docker's defaults filled in (parallelism 1, delay 0 s, monitor 5 s, pause, stop-first). */
  updateConfig: { parallelism: number; delaySeconds: number; monitorSeconds: number; failureAction: string; order: string };
  createdAt: string;
  updatedAt: string;
}

export interface TaskView {
  id: string;
  version: number;
  serviceId: string;
  /** The service's name as the model last knew it: kept after the service is removed, so its leftover tasks are still named (null if never seen). */
  serviceName: string | null;
  /** Replicated slot number; null for global tasks. */
  slot: number | null;
  /** Null while unassigned (e.g. pending with no suitable node). */
  nodeId: string | null;
  state: TaskState;
  desiredState: TaskState;
  message: string | null;
  error: string | null;
  image: string;
  containerId: string | null;
  exitCode: number | null;
  /** Status.Timestamp: when the current state was entered. */
  stateSince: string | null;
  /** Status.PortStatus: ports published in host mode on the task's node (docker service ps PORTS). */
  ports: PortView[];
  networks: { id: string; addresses: string[] }[];
  createdAt: string;
  updatedAt: string;
}

export interface NetworkView {
  id: string;
  name: string;
  driver: string;
  scope: "local" | "swarm" | "global";
  internal: boolean;
  attachable: boolean;
  ingress: boolean;
  ipv6: boolean;
  encrypted: boolean;
  subnets: { subnet: string; gateway: string | null; ipRange: string | null }[];
  labels: Record<string, string>;
  stack: string | null;
  createdAt: string | null;
}

/** A secret or config (docker secret ls / docker config ls); the value is never in the model. */
export interface SecretView {
  id: string;
  version: number;
  name: string;
  labels: Record<string, string>;
  /** com.docker.stack.namespace label, when a stack created it. */
  stack: string | null;
  /** Spec.Driver.Name for secrets from an external store; null for the engine's own. */
  driver: string | null;
  createdAt: string;
  updatedAt: string;
  /** True in a viewer's copy: only id and name are real, the rest is withheld (viewers see no secret metadata beyond names). */
  redacted?: true;
}
export type ConfigView = SecretView;

/** The object kinds kept in the model, keyed by id. */
export interface Collections {
  nodes: Record<string, NodeView>;
  services: Record<string, ServiceView>;
  tasks: Record<string, TaskView>;
  networks: Record<string, NetworkView>;
  secrets: Record<string, SecretView>;
  configs: Record<string, ConfigView>;
}
export type CollectionKind = keyof Collections;

export interface ClusterState extends Collections {
  swarm: SwarmView | null;
  engine: EngineLink;
}

/** One change inside a delta batch. */
export type Change =
  | { kind: CollectionKind; op: "upsert"; id: string; value: NodeView | ServiceView | TaskView | NetworkView | SecretView }
  | { kind: CollectionKind; op: "remove"; id: string }
  | { kind: "swarm"; op: "upsert"; value: SwarmView | null }
  | { kind: "engine"; op: "upsert"; value: EngineLink };

/** What a browser receives on connect (and GET /api/v1/cluster answers). */
export interface Snapshot {
  version: number;
  at: string;
  state: ClusterState;
}

/** Versioned delta batch; versions increase by exactly one. */
export interface Delta {
  version: number;
  at: string;
  changes: Change[];
}
