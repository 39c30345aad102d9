// Detail views served by GET /api/v1/services/:id, /nodes/:id and /swarm (docs/api.md, "Details").
import type { NodeView, ServiceView, SwarmView } from "./model-types";

export interface PolicyDetail {
  parallelism: number;
  delaySeconds: number;
  monitorSeconds: number | null;
  failureAction: string;
  order: string;
}

export interface ServiceSpecDetail {
  image: string;
  imageFull: string;
  command: string[];
  args: string[];
  env: { name: string; value: string }[];
  mounts: { type: string; source: string; target: string; readOnly: boolean }[];
  networks: { id: string; name: string }[];
  constraints: string[];
  restart: { condition: string; delaySeconds: number; maxAttempts: number; windowSeconds: number };
  update: PolicyDetail | null;
  rollback: PolicyDetail | null;
  stopGracePeriodSeconds: number;
  labels: Record<string, string>;
  containerLabels: Record<string, string>;
}

export interface ServiceDetail {
  service: ServiceView;
  spec: ServiceSpecDetail;
  previousSpec: ServiceSpecDetail | null;
  virtualIps: { networkId: string; networkName: string; addr: string }[];
}

export interface NodeDetail {
  node: NodeView;
  plugins: { type: string; name: string }[];
  engineLabels: Record<string, string>;
  tls: { certIssuerSubject: string | null; trustRootExpiry: string | null };
}

export interface SwarmDetail {
  swarm: SwarmView;
  caCertificateExpiry: string | null;
  rootRotationInProgress: boolean;
  dataPathPort: number | null;
  subnetSize: number | null;
}

/** GET /api/v1/networks/:id. */
export interface NetworkDetail {
  network: import("./model-types").NetworkView;
  services: { id: string; name: string }[];
  /** Tasks attached, with their addresses on this network (from the tasks' network attachments). */
  tasks: { taskId: string; serviceId: string; serviceName: string; slot: number | null; nodeId: string | null; nodeName: string | null; state: string; addresses: string[] }[];
  /** Endpoints the nodes Swarmscope can inspect report for this network (containers, load balancers). */
  containers: { node: string; name: string; endpointId: string | null; mac: string | null; ipv4: string | null; ipv6: string | null }[];
}

/** A container's network facts, as `docker inspect` shows them (GET /api/v1/containers). */
export interface ContainerNetworkFacts {
  node: string;
  id: string;
  name: string;
  image: string;
  state: string;
  /** Set for swarm task containers. */
  taskId: string | null;
  serviceName: string | null;
  /** bridge, host, none, container:ID, or a network name. */
  networkMode: string;
  /** True for --network none: only the loopback interface exists. */
  loopbackOnly: boolean;
  hostname: string;
  domainname: string;
  dns: string[];
  dnsSearch: string[];
  dnsOptions: string[];
  extraHosts: string[];
  links: string[];
  networks: {
    name: string;
    id: string | null;
    ipv4: string | null;
    prefixLength: number | null;
    ipv6: string | null;
    gateway: string | null;
    mac: string | null;
    aliases: string[];
  }[];
  ports: { container: string; hostIp: string | null; hostPort: string | null }[];
}
