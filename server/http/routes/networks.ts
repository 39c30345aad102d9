// GET /api/v1/networks/:id (tasks with their addresses, services, endpoints) and GET /api/v1/containers (network facts).
import type { NetworkDetail } from "../../../lib/detail-types";
import { containerFacts } from "../../model/container-facts";
import { normalizeNetwork } from "../../model/normalize";
import { sendError } from "../json";
import { engineGet } from "../engine-get";

export const networkDetailRoute = engineGet("/api/v1/networks/:id", "viewer", async (engine, { res, runtime, params }) => {
  const net = await engine.network(params.id);
  if (!net) return sendError(res, 404, `no such network: ${params.id}`, "id");
  const view = runtime.hub.snapshot().state;
  const containers: NetworkDetail["containers"] = [];
  for (const { node, client } of await runtime.nodeEngines.reachable(engine)) {
    const local = client === engine ? net : await client.network(net.Id).catch(() => null);
    for (const [endpoint, c] of Object.entries(local?.Containers ?? {})) {
      containers.push({
        node,
        name: c.Name,
        endpointId: c.EndpointID ?? endpoint,
        mac: c.MacAddress || null,
        ipv4: c.IPv4Address || null,
        ipv6: c.IPv6Address || null,
      });
    }
  }
  const detail: NetworkDetail = {
    network: normalizeNetwork(net),
    services: Object.values(view.services)
      .filter((s) => s.networks.includes(net.Id))
      .map((s) => ({ id: s.id, name: s.name })),
    tasks: Object.values(view.tasks)
      .filter((t) => t.networks.some((n) => n.id === net.Id))
      .map((t) => ({
        taskId: t.id,
        serviceId: t.serviceId,
        serviceName: view.services[t.serviceId]?.name ?? t.serviceId,
        slot: t.slot,
        nodeId: t.nodeId,
        nodeName: t.nodeId ? (view.nodes[t.nodeId]?.hostname ?? null) : null,
        state: t.state,
        addresses: t.networks.find((n) => n.id === net.Id)?.addresses ?? [],
      })),
    containers,
  };
  return detail;
});

export const containersRoute = engineGet("/api/v1/containers", "viewer", async (engine, { runtime }) => {
  const out = [];
  const unreachable: string[] = [];
  for (const { node, client } of await runtime.nodeEngines.reachable(engine)) {
    try {
      for (const summary of await client.containers()) {
        const c = await client.container(summary.Id);
        if (c) out.push(containerFacts(c, node));
      }
    } catch {
      unreachable.push(node);
    }
  }
  return { containers: out, unreachable };
});
