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
