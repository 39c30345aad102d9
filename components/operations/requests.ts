// Every action the UI can send: method, path and body for the HTTP API, the docker CLI command it stands for, and what to follow afterwards; pure.
import "@/lib/zod-jitless"; // first: before any zod schema is built (lib/actions/*)
import { contractRequest } from "@/lib/actions/contract";
import { nodeAvailabilityContract, nodeLabelsContract, nodeRoleContract, removeNodeContract } from "@/lib/actions/node";
import {
  createServiceContract,
  type CreateServiceInput,
  redeployServiceContract,
  removeServiceContract,
  rollbackServiceContract,
  scaleServiceContract,
  updateServiceContract,
} from "@/lib/actions/service";
import type { NodeView, ServiceView, TaskView } from "@/lib/model-types";
import { rotationWords, swarmAutolockContract, swarmRotateContract, type SwarmRotation } from "@/lib/actions/swarm";
import { tasksToMove } from "../node/drain-plan";

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
export type CreateServiceBody = CreateServiceInput;

const followService = (service: ServiceView): Follow => ({ kind: "service", sinceVersion: service.version });

export function scaleRequest(service: ServiceView, replicas: number): ActionRequest {
  return {
    ...contractRequest(scaleServiceContract, { id: service.id, replicas }, service.name),
    title: `Scale ${service.name} to ${replicas}`,
    follow: followService(service),
  };
}

export function updateImageRequest(service: ServiceView, image: string): ActionRequest {
  return {
    ...contractRequest(updateServiceContract, { id: service.id, image, version: service.version }, service.name),
    title: `Rolling update of ${service.name} to ${image}`,
    follow: followService(service),
  };
}

export function rollbackRequest(service: ServiceView): ActionRequest {
  return {
    ...contractRequest(rollbackServiceContract, { id: service.id, version: service.version }, service.name),
    title: `Roll ${service.name} back`,
    follow: followService(service),
  };
}

export function redeployRequest(service: ServiceView): ActionRequest {
  return {
    ...contractRequest(redeployServiceContract, { id: service.id, version: service.version }, service.name),
    title: `Redeploy every task of ${service.name}`,
    follow: followService(service),
  };
}

export function removeServiceRequest(service: ServiceView, confirm: string): ActionRequest {
  return {
    ...contractRequest(removeServiceContract, { id: service.id, confirm }, service.name),
    title: `Remove ${service.name}`,
    follow: { kind: "service-removal" },
  };
}

export function createServiceRequest(body: CreateServiceBody): ActionRequest {
  return {
    ...contractRequest(createServiceContract, { ...body }),
    title: `Create ${body.name || "a service"}`,
    follow: { kind: "service", sinceVersion: null },
  };
}

/** Draining follows the tasks that were on the node with desired state running (the ones that have to move). */
export function availabilityRequest(node: NodeView, availability: Availability, tasks: Record<string, TaskView>, services: Record<string, ServiceView>): ActionRequest {
  const moving = availability === "drain" ? tasksToMove(node.id, tasks, services).map((t) => t.taskId) : [];
  return {
    ...contractRequest(nodeAvailabilityContract, { id: node.id, availability }, node.hostname),
    title: `Set ${node.hostname} to ${availability}`,
    follow: moving.length ? { kind: "drain", taskIds: moving } : { kind: "none" },
  };
}

export function roleRequest(node: NodeView, role: NodeView["role"]): ActionRequest {
  return {
    ...contractRequest(nodeRoleContract, { id: node.id, role }, node.hostname),
    title: `${role === "manager" ? "Promote" : "Demote"} ${node.hostname}`,
    follow: { kind: "none" },
  };
}

export function nodeLabelsRequest(node: NodeView, add: Record<string, string>, remove: string[]): ActionRequest {
  return {
    ...contractRequest(nodeLabelsContract, { id: node.id, ...(Object.keys(add).length ? { add } : {}), ...(remove.length ? { remove } : {}) }, node.hostname),
    title: `Change the labels of ${node.hostname}`,
    follow: { kind: "none" },
  };
}

export function removeNodeRequest(node: NodeView, confirm: string): ActionRequest {
  return {
    ...contractRequest(removeNodeContract, { id: node.id, confirm }, node.hostname),
    title: `Remove ${node.hostname} from the swarm`,
    follow: { kind: "none" },
  };
}

/** Turn the managers' autolock on or off (admin). */
export function autolockRequest(autolock: boolean): ActionRequest {
  return {
    ...contractRequest(swarmAutolockContract, { autolock }),
    title: `Turn autolock ${autolock ? "on" : "off"}`,
    follow: { kind: "none" },
  };
}

/** Rotate a join token or the unlock key (admin); the new value is never in the answer. */
export function rotateRequest(what: SwarmRotation): ActionRequest {
  return {
    ...contractRequest(swarmRotateContract, { what }),
    title: `Rotate ${rotationWords(what)}`,
    follow: { kind: "none" },
  };
}
