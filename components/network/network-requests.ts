// The network actions as requests for the shared action panel (components/actions): method, path, body, the docker command, what to follow; pure.
import type { ActionRequest } from "@/components/actions/requests";
import type { NetworkView, ServiceView } from "@/lib/model-types";
import { type NetworkCreateBody, networkCreateCli } from "@/lib/network-create";
import { cliCommand } from "@/lib/shell-quote";

export function createNetworkRequest(body: NetworkCreateBody): ActionRequest {
  return {
    action: "network.create",
    title: `Create ${body.driver} network ${body.name}`,
    method: "POST",
    path: "/api/v1/networks",
    body: { ...body },
    cli: networkCreateCli(body),
    follow: { kind: "none" },
  };
}

export function removeNetworkRequest(network: Pick<NetworkView, "id" | "name">): ActionRequest {
  return {
    action: "network.remove",
    title: `Remove network ${network.name}`,
    method: "DELETE",
    path: `/api/v1/networks/${encodeURIComponent(network.id)}`,
    body: {},
    cli: cliCommand(["docker", "network", "rm", network.name]),
    follow: { kind: "none" },
  };
}

/** Attach (add) or detach (remove) a service: a service update, so the panel follows the service's tasks being replaced. */
export function serviceNetworksRequest(service: ServiceView, change: { add?: string[]; remove?: string[] }): ActionRequest {
  const add = change.add ?? [];
  const remove = change.remove ?? [];
  const args = ["docker", "service", "update"];
  for (const n of add) args.push("--network-add", n);
  for (const n of remove) args.push("--network-rm", n);
  args.push(service.name);
  const words = [...add.map((n) => `attach ${service.name} to ${n}`), ...remove.map((n) => `detach ${service.name} from ${n}`)];
  return {
    action: "service.networks",
    title: words.length ? words.join(", ").replace(/^./, (c) => c.toUpperCase()) : `Networks of ${service.name}`,
    method: "POST",
    path: `/api/v1/services/${encodeURIComponent(service.id)}/networks`,
    body: { ...(add.length ? { add } : {}), ...(remove.length ? { remove } : {}) },
    cli: cliCommand(args),
    follow: { kind: "service", sinceVersion: service.version },
  };
}
