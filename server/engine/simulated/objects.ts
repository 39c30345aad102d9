// Builders of Engine API objects shaped as GET /nodes, /services, /tasks, /networks and /swarm answer them: the simulated engine's objects and unit tests' fixtures.
import type { EngineNetwork, EngineNode, EngineService, EngineServiceSpec, EngineSwarm, EngineTask, TaskState, UpdateState } from "../../../lib/engine-types";

const T0 = "2026-11-28T10:00:00.000000000Z";

export function engineNode(
  id: string,
  o: {
    version?: number;
    hostname?: string;
    role?: "manager" | "worker";
    availability?: "active" | "pause" | "drain";
    state?: "ready" | "down";
    leader?: boolean;
    addr?: string;
    createdAt?: string;
    updatedAt?: string;
  } = {},
): EngineNode {
  const role = o.role ?? "worker";
  const addr = o.addr ?? "10.213.0.11";
  return {
    ID: id,
    Version: { Index: o.version ?? 1 },
    CreatedAt: o.createdAt ?? T0,
    UpdatedAt: o.updatedAt ?? o.createdAt ?? T0,
    Spec: { Role: role, Availability: o.availability ?? "active", Labels: {} },
    Description: {
      Hostname: o.hostname ?? id,
      Platform: { OS: "linux", Architecture: "x86_64" },
      Resources: { NanoCPUs: 2e9, MemoryBytes: 24 * 2 ** 30 },
      Engine: { EngineVersion: "20.10.24" },
    },
    Status: { State: o.state ?? "ready", Addr: addr },
    ManagerStatus: role === "manager" ? { Leader: o.leader ?? false, Reachability: "reachable", Addr: `${addr}:2377` } : undefined,
  };
}

/** A replicated (or global) service's spec as `docker service create` sends it. */
export function serviceSpec(name: string, o: { replicas?: number; global?: boolean; stack?: string; image?: string; networks?: string[] } = {}): EngineServiceSpec {
  const labels: Record<string, string> = o.stack ? { "com.docker.stack.namespace": o.stack } : {};
  return {
    Name: name,
    Labels: labels,
    TaskTemplate: {
      ContainerSpec: { Image: o.image ?? "lab/busybox:1@sha256:abc" },
      ...(o.networks ? { Networks: o.networks.map((Target) => ({ Target })) } : {}),
    },
    Mode: o.global ? { Global: {} } : { Replicated: { Replicas: o.replicas ?? 1 } },
  };
}

export function engineService(
  id: string,
  o: {
    version?: number;
    name?: string;
    replicas?: number;
    running?: number;
    desired?: number;
    global?: boolean;
    stack?: string;
    /** The whole spec, instead of one built from name/replicas/global/stack. */
    spec?: EngineServiceSpec;
    previousSpec?: EngineServiceSpec;
    update?: { state: UpdateState; message?: string; startedAt?: string; completedAt?: string };
    createdAt?: string;
    updatedAt?: string;
  } = {},
): EngineService {
  return {
    ID: id,
    Version: { Index: o.version ?? 1 },
    CreatedAt: o.createdAt ?? T0,
    UpdatedAt: o.updatedAt ?? o.createdAt ?? T0,
    Spec: o.spec ?? serviceSpec(o.name ?? id, o),
    ...(o.previousSpec ? { PreviousSpec: o.previousSpec } : {}),
    ...(o.update ? { UpdateStatus: { State: o.update.state, Message: o.update.message, StartedAt: o.update.startedAt, CompletedAt: o.update.completedAt } } : {}),
    ServiceStatus: o.running === undefined ? undefined : { RunningTasks: o.running, DesiredTasks: o.desired ?? o.replicas ?? 1 },
  };
}

export function engineTask(
  id: string,
  o: {
    version?: number;
    service?: string;
    slot?: number;
    node?: string | null;
    state?: TaskState;
    desired?: TaskState;
    err?: string;
    image?: string;
    message?: string;
    createdAt?: string;
    /** Status.Timestamp and UpdatedAt. */
    at?: string;
    /** NetworksAttachments: network ID, name and the task's address on it. */
    networks?: { id: string; name: string; address: string }[];
  } = {},
): EngineTask {
  const at = o.at ?? o.createdAt ?? T0;
  return {
    ID: id,
    Version: { Index: o.version ?? 1 },
    CreatedAt: o.createdAt ?? T0,
    UpdatedAt: at,
    Spec: {
      ContainerSpec: { Image: o.image ?? "lab/busybox:1" },
      ...(o.networks ? { Networks: o.networks.map((n) => ({ Target: n.id })) } : {}),
    },
    ServiceID: o.service ?? "svc1",
    Slot: o.slot ?? 1,
    NodeID: o.node === null ? undefined : (o.node ?? "node1"),
    Status: { State: o.state ?? "running", Timestamp: at, Err: o.err, ...(o.message ? { Message: o.message } : {}) },
    DesiredState: o.desired ?? "running",
    ...(o.networks ? { NetworksAttachments: o.networks.map((n) => ({ Network: { ID: n.id, Spec: { Name: n.name } }, Addresses: [n.address] })) } : {}),
  };
}

export function engineNetwork(id: string, name = id, o: { subnet?: string; gateway?: string; ingress?: boolean; createdAt?: string } = {}): EngineNetwork {
  return {
    Id: id,
    Name: name,
    Scope: "swarm",
    Driver: "overlay",
    IPAM: { Config: [{ Subnet: o.subnet ?? "10.0.1.0/24", Gateway: o.gateway ?? "10.0.1.1" }] },
    Labels: {},
    ...(o.ingress ? { Ingress: true } : {}),
    ...(o.createdAt ? { Created: o.createdAt } : {}),
  };
}

export function engineSwarm(id = "swarm1", o: { createdAt?: string; taskHistory?: number } = {}): EngineSwarm {
  const at = o.createdAt ?? T0;
  return { ID: id, Version: { Index: 1 }, CreatedAt: at, UpdatedAt: at, Spec: { Orchestration: { TaskHistoryRetentionLimit: o.taskHistory ?? 5 } } };
}
