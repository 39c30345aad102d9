// Types of the Docker Engine API objects Swarmscope reads (API 1.41+); only the fields we use.

export interface ObjectVersion {
  Index: number;
}

export interface EngineVersion {
  Platform?: { Name?: string };
  Version: string;
  ApiVersion: string;
  MinAPIVersion?: string;
  Os?: string;
  Arch?: string;
}

export type LocalNodeState = "" | "inactive" | "pending" | "active" | "error" | "locked";

export interface EngineInfo {
  ID?: string;
  Name?: string;
  ServerVersion?: string;
  Swarm?: {
    NodeID?: string;
    NodeAddr?: string;
    LocalNodeState?: LocalNodeState;
    ControlAvailable?: boolean;
    Error?: string;
    Nodes?: number;
    Managers?: number;
    Cluster?: { ID: string };
  };
}

export interface EngineSwarm {
  ID: string;
  Version: ObjectVersion;
  CreatedAt: string;
  UpdatedAt: string;
  Spec: {
    Name?: string;
    Labels?: Record<string, string>;
    TaskDefaults?: { LogDriver?: { Name: string; Options?: Record<string, string> } };
    Orchestration?: { TaskHistoryRetentionLimit?: number };
    Raft?: { SnapshotInterval?: number; KeepOldSnapshots?: number; LogEntriesForSlowFollowers?: number; ElectionTick?: number; HeartbeatTick?: number };
    Dispatcher?: { HeartbeatPeriod?: number };
    CAConfig?: { NodeCertExpiry?: number };
    EncryptionConfig?: { AutoLockManagers?: boolean };
  };
  TLSInfo?: { TrustRoot?: string };
  RootRotationInProgress?: boolean;
  DefaultAddrPool?: string[];
  SubnetSize?: number;
  DataPathPort?: number;
  // JoinTokens is deliberately absent: it never leaves the engine layer.
}

export type NodeRole = "worker" | "manager";
export type NodeAvailability = "active" | "pause" | "drain";
export type NodeState = "unknown" | "down" | "ready" | "disconnected";
export type Reachability = "unknown" | "unreachable" | "reachable";

export interface EngineNodeSpec {
  Name?: string;
  Labels?: Record<string, string>;
  Role: NodeRole;
  Availability: NodeAvailability;
}

export interface EngineNode {
  ID: string;
  Version: ObjectVersion;
  CreatedAt: string;
  UpdatedAt: string;
  Spec: EngineNodeSpec;
  Description?: {
    Hostname?: string;
    Platform?: { Architecture?: string; OS?: string };
    Resources?: { NanoCPUs?: number; MemoryBytes?: number };
    Engine?: {
      EngineVersion?: string;
      Labels?: Record<string, string>;
      Plugins?: { Type: string; Name: string }[];
    };
    TLSInfo?: { TrustRoot?: string; CertIssuerSubject?: string; CertIssuerPublicKey?: string };
  };
  Status: { State: NodeState; Message?: string; Addr?: string };
  ManagerStatus?: { Leader?: boolean; Reachability: Reachability; Addr: string };
}

export interface EnginePortConfig {
  Name?: string;
  Protocol?: "tcp" | "udp" | "sctp";
  TargetPort?: number;
  PublishedPort?: number;
  PublishMode?: "ingress" | "host";
}

export interface EngineServiceSpec {
  Name: string;
  Labels?: Record<string, string>;
  TaskTemplate: {
    ContainerSpec?: {
      Image?: string;
      Labels?: Record<string, string>;
      Command?: string[];
      Args?: string[];
      Env?: string[];
      Mounts?: {
        Type: "volume" | "bind" | "tmpfs" | "npipe" | "cluster";
        Source?: string;
        Target: string;
        ReadOnly?: boolean;
        VolumeOptions?: { DriverConfig?: { Name?: string; Options?: Record<string, string> } };
      }[];
      User?: string;
      CapabilityAdd?: string[];
      Privileges?: { Seccomp?: { Mode?: string }; AppArmor?: { Mode?: string }; SELinuxContext?: { Disable?: boolean } };
      StopGracePeriod?: number;
      Secrets?: EngineFileReference[];
      Configs?: EngineFileReference[];
    };
    Placement?: { Constraints?: string[]; MaxReplicas?: number; Preferences?: { Spread?: { SpreadDescriptor: string } }[] };
    Resources?: { Limits?: { NanoCPUs?: number; MemoryBytes?: number }; Reservations?: { NanoCPUs?: number; MemoryBytes?: number } };
    RestartPolicy?: { Condition?: "none" | "on-failure" | "any"; Delay?: number; MaxAttempts?: number; Window?: number };
    LogDriver?: { Name: string; Options?: Record<string, string> };
    Networks?: { Target: string; Aliases?: string[] }[];
    ForceUpdate?: number;
  };
  Mode: {
    Replicated?: { Replicas?: number };
    Global?: Record<string, never>;
    ReplicatedJob?: { MaxConcurrent?: number; TotalCompletions?: number };
    GlobalJob?: Record<string, never>;
  };
  UpdateConfig?: EngineUpdateConfig;
  RollbackConfig?: EngineUpdateConfig;
  EndpointSpec?: { Mode?: "vip" | "dnsrr"; Ports?: EnginePortConfig[] };
}

/** UpdateConfig / RollbackConfig: durations in nanoseconds. */
export interface EngineUpdateConfig {
  Parallelism?: number;
  Delay?: number;
  Monitor?: number;
  FailureAction?: string;
  MaxFailureRatio?: number;
  Order?: string;
}

export type UpdateState = "updating" | "paused" | "completed" | "rollback_started" | "rollback_paused" | "rollback_completed";

export interface EngineService {
  ID: string;
  Version: ObjectVersion;
  CreatedAt: string;
  UpdatedAt: string;
  Spec: EngineServiceSpec;
  PreviousSpec?: EngineServiceSpec;
  Endpoint?: {
    Spec?: { Mode?: string; Ports?: EnginePortConfig[] };
    Ports?: EnginePortConfig[];
    VirtualIPs?: { NetworkID: string; Addr: string }[];
  };
  UpdateStatus?: { State?: UpdateState; StartedAt?: string; CompletedAt?: string; Message?: string };
  ServiceStatus?: { RunningTasks: number; DesiredTasks: number; CompletedTasks?: number };
  /** Jobs only: which run of the job this is (bumped by every update) and when it started. */
  JobStatus?: { JobIteration: ObjectVersion; LastExecution?: string };
}

/** Every state the engine reports for a task (swarmkit api.TaskState), in lifecycle order. */
export const TASK_STATES = [
  "new",
  "pending",
  "assigned",
  "accepted",
  "preparing",
  "ready",
  "starting",
  "running",
  "complete",
  "shutdown",
  "failed",
  "rejected",
  "remove",
  "orphaned",
] as const;
export type TaskState = (typeof TASK_STATES)[number];

export interface EngineTask {
  ID: string;
  Version: ObjectVersion;
  CreatedAt: string;
  UpdatedAt: string;
  Name?: string;
  Labels?: Record<string, string>;
  /** The service's TaskTemplate as it was when the task was made. */
  Spec: EngineServiceSpec["TaskTemplate"];
  ServiceID: string;
  Slot?: number;
  NodeID?: string;
  Status: {
    Timestamp?: string;
    State: TaskState;
    Message?: string;
    Err?: string;
    ContainerStatus?: { ContainerID?: string; PID?: number; ExitCode?: number };
    PortStatus?: { Ports?: EnginePortConfig[] };
  };
  DesiredState: TaskState;
  NetworksAttachments?: {
    Network: {
      ID: string;
      Version?: ObjectVersion;
      CreatedAt?: string;
      UpdatedAt?: string;
      Spec?: { Name?: string; Labels?: Record<string, string>; DriverConfiguration?: { Name?: string }; Ingress?: boolean; Attachable?: boolean; Scope?: string };
      DriverState?: { Name?: string; Options?: Record<string, string> };
      IPAMOptions?: { Driver?: { Name?: string }; Configs?: { Subnet?: string; Gateway?: string }[] };
    };
    Addresses?: string[];
  }[];
  JobIteration?: ObjectVersion;
}

export interface EngineNetwork {
  Id: string;
  Name: string;
  Created?: string;
  Scope: "local" | "swarm" | "global";
  Driver: string;
  EnableIPv6?: boolean;
  Internal?: boolean;
  Attachable?: boolean;
  Ingress?: boolean;
  ConfigFrom?: { Network: string };
  ConfigOnly?: boolean;
  IPAM?: { Driver?: string; Options?: Record<string, string> | null; Config?: { Subnet?: string; Gateway?: string; IPRange?: string }[] | null };
  Options?: Record<string, string> | null;
  Labels?: Record<string, string> | null;
  /** GET /networks/{id}: endpoints on the node that answered (and, verbose, every service's tasks). */
  Containers?: Record<string, { Name: string; EndpointID?: string; MacAddress?: string; IPv4Address?: string; IPv6Address?: string }> | null;
}

export interface EngineNetworkCreate {
  Name: string;
  Driver: string;
  CheckDuplicate?: boolean;
  Internal?: boolean;
  Attachable?: boolean;
  IPAM?: { Driver?: string; Config?: { Subnet?: string; Gateway?: string; IPRange?: string }[] };
  Options?: Record<string, string>;
  Labels?: Record<string, string>;
}

/** GET /containers/json row. */
export interface EngineContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  State: string;
  Status: string;
  Labels?: Record<string, string>;
}

/** GET /containers/{id}/json, the network-related part. */
export interface EngineContainer {
  Id: string;
  Name: string;
  State?: { Status?: string; Running?: boolean };
  Config: { Hostname?: string; Domainname?: string; Image?: string; Labels?: Record<string, string> };
  HostConfig: {
    NetworkMode?: string;
    Dns?: string[] | null;
    DnsSearch?: string[] | null;
    DnsOptions?: string[] | null;
    ExtraHosts?: string[] | null;
    Links?: string[] | null;
    PortBindings?: Record<string, { HostIp?: string; HostPort?: string }[] | null> | null;
  };
  NetworkSettings: {
    Networks?: Record<
      string,
      {
        NetworkID?: string;
        IPAddress?: string;
        IPPrefixLen?: number;
        GlobalIPv6Address?: string;
        Gateway?: string;
        MacAddress?: string;
        Aliases?: string[] | null;
        Links?: string[] | null;
      }
    >;
    Ports?: Record<string, { HostIp?: string; HostPort?: string }[] | null> | null;
  };
}

/** One message of GET /events. */
export interface EngineEvent {
  Type: string;
  Action: string;
  Actor: { ID: string; Attributes?: Record<string, string> };
  scope?: "local" | "swarm";
  time?: number;
  timeNano?: number;
}

/** A secret or config a service mounts (ContainerSpec.Secrets / Configs). */
export interface EngineFileReference {
  SecretID?: string;
  SecretName?: string;
  ConfigID?: string;
  ConfigName?: string;
  File?: { Name: string; UID?: string; GID?: string; Mode?: number };
}

/** GET /secrets and GET /configs rows. Spec.Data is never read back for secrets; for configs we drop it. */
export interface EngineSecret {
  ID: string;
  Version: ObjectVersion;
  CreatedAt: string;
  UpdatedAt: string;
  Spec: { Name: string; Labels?: Record<string, string> | null; Driver?: { Name: string } | null; Templating?: { Name: string } | null };
}
export type EngineConfig = EngineSecret;
/** GET /configs/{id} as the engine answers it: with Spec.Data (base64). */
export type EngineConfigWithData = EngineConfig & { Spec: { Data?: string } };

/** POST /secrets/create and /configs/create: Data is base64. */
export interface EngineSecretSpec {
  Name: string;
  Labels?: Record<string, string>;
  Data: string;
}
