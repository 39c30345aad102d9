// Readable detail views of a service, a node and the swarm (what `docker … inspect --pretty` shows); pure.
import { X509Certificate } from "node:crypto";
import type { EngineNode, EngineService, EngineServiceSpec, EngineSwarm } from "../../lib/engine-types";
import type { NodeDetail, ServiceDetail, ServiceSpecDetail, SwarmDetail } from "../../lib/detail-types";
import { normalizeNode, normalizeService, normalizeSwarm, stripDigest } from "./normalize";

const sec = (ns: number | undefined) => (typeof ns === "number" ? ns / 1e9 : null);

/** The expiry of the first certificate in a PEM bundle, or null when it cannot be read. */
export function certificateExpiry(pem: string | undefined): string | null {
  if (!pem) return null;
  try {
    return new Date(new X509Certificate(pem).validTo).toISOString();
  } catch {
    return null;
  }
}

export function specDetail(spec: EngineServiceSpec, networkNames: Record<string, string>): ServiceSpecDetail {
  const cs = spec.TaskTemplate.ContainerSpec ?? {};
  const policy = (c: EngineServiceSpec["UpdateConfig"]) =>
    c
      ? {
          parallelism: c.Parallelism ?? 1,
          delaySeconds: sec(c.Delay) ?? 0,
          monitorSeconds: sec(c.Monitor),
          failureAction: c.FailureAction ?? "pause",
          order: c.Order ?? "stop-first",
        }
      : null;
  return {
    image: stripDigest(cs.Image),
    imageFull: cs.Image ?? "",
    command: cs.Command ?? [],
    args: cs.Args ?? [],
    env: (cs.Env ?? []).map((e) => {
      const eq = e.indexOf("=");
      return eq === -1 ? { name: e, value: "" } : { name: e.slice(0, eq), value: e.slice(eq + 1) };
    }),
    mounts: (cs.Mounts ?? []).map((m) => ({ type: m.Type, source: m.Source ?? "", target: m.Target, readOnly: m.ReadOnly === true })),
    networks: (spec.TaskTemplate.Networks ?? []).map((n) => ({ id: n.Target, name: networkNames[n.Target] ?? n.Target })),
    constraints: spec.TaskTemplate.Placement?.Constraints ?? [],
    restart: {
      condition: spec.TaskTemplate.RestartPolicy?.Condition ?? "any",
      delaySeconds: sec(spec.TaskTemplate.RestartPolicy?.Delay) ?? 5,
      maxAttempts: spec.TaskTemplate.RestartPolicy?.MaxAttempts ?? 0,
      windowSeconds: sec(spec.TaskTemplate.RestartPolicy?.Window) ?? 0,
    },
    update: policy(spec.UpdateConfig),
    rollback: policy(spec.RollbackConfig),
    stopGracePeriodSeconds: sec(cs.StopGracePeriod) ?? 10,
    labels: spec.Labels ?? {},
    containerLabels: cs.Labels ?? {},
  };
}

export function serviceDetail(service: EngineService, networkNames: Record<string, string>): ServiceDetail {
  return {
    service: normalizeService(service),
    spec: specDetail(service.Spec, networkNames),
    previousSpec: service.PreviousSpec ? specDetail(service.PreviousSpec, networkNames) : null,
    virtualIps: (service.Endpoint?.VirtualIPs ?? []).map((v) => ({ networkId: v.NetworkID, networkName: networkNames[v.NetworkID] ?? v.NetworkID, addr: v.Addr })),
  };
}

export function nodeDetail(node: EngineNode): NodeDetail {
  const d = node.Description ?? {};
  return {
    node: normalizeNode(node),
    plugins: (d.Engine?.Plugins ?? []).map((p) => ({ type: p.Type, name: p.Name })),
    engineLabels: d.Engine?.Labels ?? {},
    tls: {
      certIssuerSubject: d.TLSInfo?.CertIssuerSubject ?? null,
      trustRootExpiry: certificateExpiry(d.TLSInfo?.TrustRoot),
    },
  };
}

export function swarmDetail(swarm: EngineSwarm, managers: number, workers: number): SwarmDetail {
  return {
    swarm: { ...normalizeSwarm(swarm), managers, workers },
    caCertificateExpiry: certificateExpiry(swarm.TLSInfo?.TrustRoot),
    rootRotationInProgress: swarm.RootRotationInProgress === true,
    dataPathPort: swarm.DataPathPort ?? null,
    subnetSize: swarm.SubnetSize ?? null,
  };
}
