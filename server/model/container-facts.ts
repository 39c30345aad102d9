// A container's network facts from `docker inspect` (GET /containers/{id}/json), in the dashboard's words; pure.
import type { EngineContainer } from "../../lib/engine-types";
import type { ContainerNetworkFacts } from "../../lib/detail-types";

const list = (v: string[] | null | undefined) => [...(v ?? [])];
const orNull = (v: string | undefined) => (v ? v : null);

export function containerFacts(c: EngineContainer, node: string): ContainerNetworkFacts {
  const labels = c.Config.Labels ?? {};
  const mode = c.HostConfig.NetworkMode || "default";
  return {
    node,
    id: c.Id,
    name: c.Name.replace(/^\//, ""),
    image: c.Config.Image ?? "",
    state: c.State?.Status ?? "unknown",
    taskId: labels["com.docker.swarm.task.id"] ?? null,
    serviceName: labels["com.docker.swarm.service.name"] ?? null,
    networkMode: mode,
    loopbackOnly: mode === "none",
    hostname: c.Config.Hostname ?? "",
    domainname: c.Config.Domainname ?? "",
    dns: list(c.HostConfig.Dns),
    dnsSearch: list(c.HostConfig.DnsSearch),
    dnsOptions: list(c.HostConfig.DnsOptions),
    extraHosts: list(c.HostConfig.ExtraHosts),
    links: list(c.HostConfig.Links),
    networks: Object.entries(c.NetworkSettings.Networks ?? {}).map(([name, n]) => ({
      name,
      id: orNull(n.NetworkID),
      ipv4: orNull(n.IPAddress),
      prefixLength: n.IPAddress ? (n.IPPrefixLen ?? null) : null,
      ipv6: orNull(n.GlobalIPv6Address),
      gateway: orNull(n.Gateway),
      mac: orNull(n.MacAddress),
      aliases: list(n.Aliases),
    })),
    ports: Object.entries(c.NetworkSettings.Ports ?? {}).flatMap(([container, bindings]) =>
      bindings && bindings.length ? bindings.map((b) => ({ container, hostIp: orNull(b.HostIp), hostPort: orNull(b.HostPort) })) : [{ container, hostIp: null, hostPort: null }],
    ),
  };
}
