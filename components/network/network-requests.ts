// The network actions as requests for the shared action panel (components/operations): method, path, body, the docker command, what to follow; pure.
import type { ActionRequest } from "@/components/operations/requests";
import type { NetworkView, ServiceView } from "@/lib/model-types";
import { contractRequest } from "@/lib/actions/contract";
import { createNetworkContract, removeNetworkContract } from "@/lib/actions/network";
import { serviceNetworksContract } from "@/lib/actions/service";
import type { NetworkCreateBody } from "@/lib/network-create";

export function createNetworkRequest(body: NetworkCreateBody): ActionRequest {
  return {
    ...contractRequest(createNetworkContract, { ...body }),
    title: `Create ${body.driver} network ${body.name}`,
    follow: { kind: "none" },
  };
}

export function removeNetworkRequest(network: Pick<NetworkView, "id" | "name">): ActionRequest {
  return {
    ...contractRequest(removeNetworkContract, { id: network.id }, network.name),
    title: `Remove network ${network.name}`,
    follow: { kind: "none" },
  };
}

/** Attach (add) or detach (remove) a service: a service update, so the panel follows the service's tasks being replaced. */
export function serviceNetworksRequest(service: ServiceView, change: { add?: string[]; remove?: string[] }): ActionRequest {
  const add = change.add ?? [];
  const remove = change.remove ?? [];
  const words = [...add.map((n) => `attach ${service.name} to ${n}`), ...remove.map((n) => `detach ${service.name} from ${n}`)];
  return {
    ...contractRequest(serviceNetworksContract, { id: service.id, ...(add.length ? { add } : {}), ...(remove.length ? { remove } : {}) }, service.name),
    title: words.length ? words.join(", ").replace(/^./, (c) => c.toUpperCase()) : `Networks of ${service.name}`,
    follow: { kind: "service", sinceVersion: service.version },
  };
}
