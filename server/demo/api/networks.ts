// /networks: list with the engine's filters, inspect (verbose adds each service's tasks on the network), create, remove.
import type { EngineNetwork, EngineNetworkCreate } from "../../../lib/engine-types";
import { type Handler, ApiError, boolParam, found, objectBody, reply } from "./call";
import { containsMatch, exactMatch, labelsMatch, parseFilters, prefixMatch } from "./filters";
import { taskName } from "./tasks";
import { LOCAL_NETWORKS, localNetwork } from "./node-local";

const NETWORK_FILTERS = ["dangling", "driver", "id", "label", "name", "scope", "type"] as const;
const BUILT_IN = new Set(LOCAL_NETWORKS.map((n) => n.Name));

export const listNetworks: Handler = ({ ctx, query }) => {
  const f = parseFilters(query.get("filters"), NETWORK_FILTERS);
  const type = f.get("type");
  if (type && !type.every((t) => t === "custom" || t === "builtin")) throw new ApiError(400, `invalid filter: 'type'='${type.join(",")}'`);
  const used = f.has("dangling") ? usedNetworks(ctx.sim.services()) : null;
  return [...ctx.sim.networks(), ...LOCAL_NETWORKS].filter((n: EngineNetwork) => {
    const builtin = BUILT_IN.has(n.Name) || n.Ingress === true;
    return (
      prefixMatch(f.get("id"), n.Id) &&
      containsMatch(f.get("name"), n.Name) &&
      exactMatch(f.get("driver"), n.Driver) &&
      exactMatch(f.get("scope"), n.Scope) &&
      labelsMatch(f.get("label"), n.Labels) &&
      exactMatch(type, builtin ? "builtin" : "custom") &&
      (!used || exactMatch(f.get("dangling"), String(!used.has(n.Id) && !builtin)))
    );
  });
};

function usedNetworks(services: { Spec: { TaskTemplate: { Networks?: { Target: string }[] } } }[]): Set<string> {
  return new Set(services.flatMap((s) => (s.Spec.TaskTemplate.Networks ?? []).map((n) => n.Target)));
}

/** GET /networks/{id}: with verbose, the `Services` map a manager adds for swarm networks (VIP and each task's address). */
export const inspectNetwork: Handler = ({ ctx, params, query }) => {
  const local = localNetwork(params.id);
  if (local) return local;
  const network = found(ctx.sim.network(params.id), "network", params.id);
  if (!boolParam(query, "verbose")) return network;
  const services: Record<string, unknown> = {};
  const byId = new Map(ctx.sim.services().map((s) => [s.ID, s]));
  const nodes = new Map(ctx.sim.nodes().map((n) => [n.ID, n]));
  for (const t of ctx.sim.tasks()) {
    if (t.Status.State !== "running") continue;
    const attachment = t.NetworksAttachments?.find((a) => a.Network.ID === network.Id);
    const service = byId.get(t.ServiceID);
    if (!attachment || !service) continue;
    const vip = service.Endpoint?.VirtualIPs?.find((v) => v.NetworkID === network.Id)?.Addr ?? "";
    const entry = (services[service.Spec.Name] ??= { VIP: vip.replace(/\/\d+$/, ""), Ports: [], LocalLBIndex: 0, Tasks: [] }) as { Tasks: unknown[] };
    entry.Tasks.push({
      Name: `${taskName(t, service)}.${t.ID}`,
      EndpointID: t.ID.padEnd(64, "0"),
      EndpointIP: (attachment.Addresses?.[0] ?? "").replace(/\/\d+$/, ""),
      Info: { "Host IP": nodes.get(t.NodeID ?? "")?.Status.Addr ?? "" },
    });
  }
  return { ...network, Services: services };
};

export const createNetwork: Handler = (call) => {
  const spec = objectBody<EngineNetworkCreate>(call);
  if (typeof spec.Name !== "string" || spec.Name === "") throw new ApiError(400, "network name must be provided");
  if (BUILT_IN.has(spec.Name)) throw new ApiError(403, `operation is not permitted on predefined ${spec.Name} network`);
  const { Id } = call.ctx.sim.createNetwork(spec);
  return reply(201, { Id, Warning: "" });
};

export const removeNetwork: Handler = ({ ctx, params }) => {
  const local = localNetwork(params.id);
  if (local) throw new ApiError(403, `${local.Name} is a pre-defined network and cannot be removed`);
  const network = found(ctx.sim.network(params.id), "network", params.id);
  ctx.sim.removeNetwork(network.Id);
  return reply(204);
};
