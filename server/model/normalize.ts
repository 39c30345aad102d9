// Turns Engine API objects into the model's views (pure; no I/O).
import type { EngineNetwork, EngineNode, EnginePortConfig, EngineService, EngineSwarm, EngineTask } from "../../lib/engine-types";
import type { NetworkView, NodeView, PortView, ServiceMode, ServiceView, SwarmView, TaskView } from "../../lib/model-types";

export const STACK_LABEL = "com.docker.stack.namespace";

/** "nginx:1.25@sha256:abc…" → "nginx:1.25". */
export function stripDigest(image: string | undefined): string {
  if (!image) return "";
  const at = image.indexOf("@");
  return at === -1 ? image : image.slice(0, at);
}

function labelsOf(labels: Record<string, string> | null | undefined): Record<string, string> {
  return labels ? { ...labels } : {};
}

export function normalizeNode(node: EngineNode): NodeView {
  const d = node.Description ?? {};
  const nanoCpus = d.Resources?.NanoCPUs;
  return {
    id: node.ID,
    version: node.Version?.Index ?? 0,
    hostname: d.Hostname || node.Spec.Name || node.ID.slice(0, 12),
    role: node.Spec.Role,
    availability: node.Spec.Availability,
    status: node.Status?.State ?? "unknown",
    statusMessage: node.Status?.Message || null,
    addr: node.Status?.Addr || null,
    manager: node.ManagerStatus
      ? {
          leader: node.ManagerStatus.Leader === true,
          reachability: node.ManagerStatus.Reachability ?? "unknown",
          addr: node.ManagerStatus.Addr ?? "",
        }
      : null,
    engineVersion: d.Engine?.EngineVersion || null,
    os: d.Platform?.OS || null,
    arch: d.Platform?.Architecture || null,
    cpus: typeof nanoCpus === "number" ? nanoCpus / 1e9 : null,
    memoryBytes: d.Resources?.MemoryBytes ?? null,
    labels: labelsOf(node.Spec.Labels),
    createdAt: node.CreatedAt,
    updatedAt: node.UpdatedAt,
  };
}

function modeOf(mode: EngineService["Spec"]["Mode"]): ServiceMode {
  if (mode.Global) return "global";
  if (mode.ReplicatedJob) return "replicated-job";
  if (mode.GlobalJob) return "global-job";
  return "replicated";
}

function portOf(p: EnginePortConfig): PortView {
  return {
    protocol: p.Protocol ?? "tcp",
    target: p.TargetPort ?? 0,
    published: p.PublishedPort ?? null,
    mode: p.PublishMode ?? "ingress",
  };
}

export function normalizeService(service: EngineService): ServiceView {
  const spec = service.Spec;
  const mode = modeOf(spec.Mode);
  const ports = service.Endpoint?.Ports ?? spec.EndpointSpec?.Ports ?? [];
  const status = service.ServiceStatus;
  const update = service.UpdateStatus;
  return {
    id: service.ID,
    version: service.Version?.Index ?? 0,
    name: spec.Name,
    mode,
    replicas: mode === "replicated" ? (spec.Mode.Replicated?.Replicas ?? 1) : null,
    desired: status ? status.DesiredTasks : null,
    running: status ? status.RunningTasks : null,
    completed: status?.CompletedTasks ?? null,
    image: stripDigest(spec.TaskTemplate.ContainerSpec?.Image),
    ports: ports.map(portOf),
    stack: spec.Labels?.[STACK_LABEL] ?? null,
    labels: labelsOf(spec.Labels),
    networks: (spec.TaskTemplate.Networks ?? []).map((n) => n.Target),
    constraints: [...(spec.TaskTemplate.Placement?.Constraints ?? [])],
    restartCondition: spec.TaskTemplate.RestartPolicy?.Condition ?? "any",
    secrets: (spec.TaskTemplate.ContainerSpec?.Secrets ?? []).map((r) => r.SecretID ?? "").filter(Boolean),
    configs: (spec.TaskTemplate.ContainerSpec?.Configs ?? []).map((r) => r.ConfigID ?? "").filter(Boolean),
    update: update?.State
      ? {
          state: update.State,
          message: update.Message || null,
          startedAt: update.StartedAt || null,
          completedAt: update.CompletedAt || null,
        }
      : null,
    updateConfig: {
      parallelism: spec.UpdateConfig?.Parallelism ?? 1,
      delaySeconds: (spec.UpdateConfig?.Delay ?? 0) / 1e9,
      monitorSeconds: (spec.UpdateConfig?.Monitor ?? 5e9) / 1e9,
      failureAction: spec.UpdateConfig?.FailureAction ?? "pause",
      order: spec.UpdateConfig?.Order ?? "stop-first",
    },
    createdAt: service.CreatedAt,
    updatedAt: service.UpdatedAt,
  };
}

export function normalizeTask(task: EngineTask): TaskView {
  const cs = task.Status.ContainerStatus;
  return {
    id: task.ID,
    version: task.Version?.Index ?? 0,
    serviceId: task.ServiceID,
    serviceName: null,
    slot: typeof task.Slot === "number" && task.Slot > 0 ? task.Slot : null,
    nodeId: task.NodeID || null,
    state: task.Status.State,
    desiredState: task.DesiredState,
    message: task.Status.Message || null,
    error: task.Status.Err || null,
    image: stripDigest(task.Spec.ContainerSpec?.Image),
    containerId: cs?.ContainerID || null,
    exitCode: typeof cs?.ExitCode === "number" ? cs.ExitCode : null,
    stateSince: task.Status.Timestamp || null,
    ports: (task.Status.PortStatus?.Ports ?? []).map(portOf),
    networks: (task.NetworksAttachments ?? []).map((a) => ({ id: a.Network.ID, addresses: [...(a.Addresses ?? [])] })),
    createdAt: task.CreatedAt,
    updatedAt: task.UpdatedAt,
  };
}

export function normalizeNetwork(net: EngineNetwork): NetworkView {
  const options = net.Options ?? {};
  return {
    id: net.Id,
    name: net.Name,
    driver: net.Driver,
    scope: net.Scope,
    internal: net.Internal === true,
    attachable: net.Attachable === true,
    ingress: net.Ingress === true,
    ipv6: net.EnableIPv6 === true,
    encrypted: "encrypted" in options,
    subnets: (net.IPAM?.Config ?? []).map((c) => ({
      subnet: c.Subnet ?? "",
      gateway: c.Gateway || null,
      ipRange: c.IPRange || null,
    })),
    labels: labelsOf(net.Labels),
    stack: net.Labels?.[STACK_LABEL] ?? null,
    createdAt: net.Created ?? null,
  };
}

/** Manager and worker counts are filled in from the node list by the model. */
export function normalizeSwarm(swarm: EngineSwarm): Omit<SwarmView, "managers" | "workers"> {
  const spec = swarm.Spec ?? {};
  const ns = (v: number | undefined) => (typeof v === "number" ? v / 1e9 : null);
  return {
    id: swarm.ID,
    createdAt: swarm.CreatedAt,
    updatedAt: swarm.UpdatedAt,
    taskHistoryLimit: spec.Orchestration?.TaskHistoryRetentionLimit ?? null,
    autolock: spec.EncryptionConfig?.AutoLockManagers === true,
    raft: {
      snapshotInterval: spec.Raft?.SnapshotInterval ?? null,
      electionTick: spec.Raft?.ElectionTick ?? null,
      heartbeatTick: spec.Raft?.HeartbeatTick ?? null,
    },
    dispatcherHeartbeatSeconds: ns(spec.Dispatcher?.HeartbeatPeriod),
    nodeCertExpirySeconds: ns(spec.CAConfig?.NodeCertExpiry),
    defaultAddrPool: [...(swarm.DefaultAddrPool ?? [])],
  };
}
