// Every action the UI can send: method, path and body for the HTTP API, the docker CLI command it stands for, and what to follow afterwards; pure.
import "@/lib/zod-jitless"; // first: before any zod schema is built (server/actions/*)
import { createCli } from "@/server/actions/create-service";
import type { NodeView, ServiceView, TaskView } from "@/lib/model-types";
import { cliCommand } from "@/lib/shell-quote";
import { autolockCli, rotationCli, rotationWords, type SwarmRotation } from "@/lib/swarm-admin";
import { tasksToMove } from "./drain-plan";

/** What the feedback panel watches once the engine has taken the action. */
export type Follow =
  /** The service's convergence; `sinceVersion`: the service's version when the action was sent (null: a new service). */
  | { kind: "service"; sinceVersion: number | null }
  /** The service's tasks shutting down until the service is gone. */
  | { kind: "service-removal" }
  /** The tasks that were running on the node, until none of them runs there any more. */
  | { kind: "drain"; taskIds: string[] }
  | { kind: "none" };

export interface ActionRequest {
  /** The action's name in the API ("service.scale"). */
  action: string;
  /** In words, for the panel's title ("Scale web to 5"). */
  title: string;
  method: "POST" | "DELETE";
  path: string;
  body: Record<string, unknown>;
  /** The docker CLI command, as shown before the server confirms it. */
  cli: string;
  follow: Follow;
}

export type Availability = NodeView["availability"];
export type CreateServiceBody = Parameters<typeof createCli>[0];

const servicePath = (service: ServiceView, tail = "") => `/api/v1/services/${encodeURIComponent(service.id)}${tail}`;
const nodePath = (node: NodeView, tail = "") => `/api/v1/nodes/${encodeURIComponent(node.id)}${tail}`;
const followService = (service: ServiceView): Follow => ({ kind: "service", sinceVersion: service.version });

export function scaleRequest(service: ServiceView, replicas: number): ActionRequest {
  return {
    action: "service.scale",
    title: `Scale ${service.name} to ${replicas}`,
    method: "POST",
    path: servicePath(service, "/scale"),
    body: { replicas },
    cli: cliCommand(["docker", "service", "scale", `${service.name}=${replicas}`]),
    follow: followService(service),
  };
}

export function updateImageRequest(service: ServiceView, image: string): ActionRequest {
  return {
    action: "service.update",
    title: `Rolling update of ${service.name} to ${image}`,
    method: "POST",
    path: servicePath(service, "/update"),
    body: { image, version: service.version },
    cli: cliCommand(["docker", "service", "update", "--image", image, service.name]),
    follow: followService(service),
  };
}

export function rollbackRequest(service: ServiceView): ActionRequest {
  return {
    action: "service.rollback",
    title: `Roll ${service.name} back`,
    method: "POST",
    path: servicePath(service, "/rollback"),
    body: { version: service.version },
    cli: cliCommand(["docker", "service", "rollback", service.name]),
    follow: followService(service),
  };
}

export function redeployRequest(service: ServiceView): ActionRequest {
  return {
    action: "service.redeploy",
    title: `Redeploy every task of ${service.name}`,
    method: "POST",
    path: servicePath(service, "/redeploy"),
    body: { version: service.version },
    cli: cliCommand(["docker", "service", "update", "--force", service.name]),
    follow: followService(service),
  };
}

export function removeServiceRequest(service: ServiceView, confirm: string): ActionRequest {
  return {
    action: "service.remove",
    title: `Remove ${service.name}`,
    method: "DELETE",
    path: servicePath(service),
    body: { confirm },
    cli: cliCommand(["docker", "service", "rm", service.name]),
    follow: { kind: "service-removal" },
  };
}

export function createServiceRequest(body: CreateServiceBody): ActionRequest {
  return {
    action: "service.create",
    title: `Create ${body.name || "a service"}`,
    method: "POST",
    path: "/api/v1/services",
    body: { ...body },
    cli: createCli(body),
    follow: { kind: "service", sinceVersion: null },
  };
}

/** Draining follows the tasks that were on the node with desired state running (the ones that have to move). */
export function availabilityRequest(
  node: NodeView,
  availability: Availability,
  tasks: Record<string, TaskView>,
  services: Record<string, ServiceView>,
): ActionRequest {
  const moving = availability === "drain" ? tasksToMove(node.id, tasks, services).map((t) => t.taskId) : [];
  return {
    action: "node.availability",
    title: `Set ${node.hostname} to ${availability}`,
    method: "POST",
    path: nodePath(node, "/availability"),
    body: { availability },
    cli: cliCommand(["docker", "node", "update", "--availability", availability, node.hostname]),
    follow: moving.length ? { kind: "drain", taskIds: moving } : { kind: "none" },
  };
}

export function roleRequest(node: NodeView, role: NodeView["role"]): ActionRequest {
  const verb = role === "manager" ? "promote" : "demote";
  return {
    action: "node.role",
    title: `${verb === "promote" ? "Promote" : "Demote"} ${node.hostname}`,
    method: "POST",
    path: nodePath(node, "/role"),
    body: { role },
    cli: cliCommand(["docker", "node", verb, node.hostname]),
    follow: { kind: "none" },
  };
}

export function nodeLabelsRequest(node: NodeView, add: Record<string, string>, remove: string[]): ActionRequest {
  const args = ["docker", "node", "update"];
  for (const [k, v] of Object.entries(add)) args.push("--label-add", `${k}=${v}`);
  for (const k of remove) args.push("--label-rm", k);
  args.push(node.hostname);
  const body: Record<string, unknown> = {};
  if (Object.keys(add).length) body.add = add;
  if (remove.length) body.remove = remove;
  return {
    action: "node.labels",
    title: `Change the labels of ${node.hostname}`,
    method: "POST",
    path: nodePath(node, "/labels"),
    body,
    cli: cliCommand(args),
    follow: { kind: "none" },
  };
}

export function removeNodeRequest(node: NodeView, confirm: string): ActionRequest {
  return {
    action: "node.remove",
    title: `Remove ${node.hostname} from the swarm`,
    method: "DELETE",
    path: nodePath(node),
    body: { confirm },
    cli: cliCommand(["docker", "node", "rm", node.hostname]),
    follow: { kind: "none" },
  };
}

/** Turn the managers' autolock on or off (admin). */
export function autolockRequest(autolock: boolean): ActionRequest {
  return {
    action: "swarm.autolock",
    title: `Turn autolock ${autolock ? "on" : "off"}`,
    method: "POST",
    path: "/api/v1/swarm/autolock",
    body: { autolock },
    cli: autolockCli(autolock),
    follow: { kind: "none" },
  };
}

/** Rotate a join token or the unlock key (admin); the new value is never in the answer. */
export function rotateRequest(what: SwarmRotation): ActionRequest {
  return {
    action: "swarm.rotate",
    title: `Rotate ${rotationWords(what)}`,
    method: "POST",
    path: "/api/v1/swarm/rotate",
    body: { what },
    cli: rotationCli(what),
    follow: { kind: "none" },
  };
}
