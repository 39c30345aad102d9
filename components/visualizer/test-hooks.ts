// The board's test hooks (data-testid and data-* attributes other tools rely on) for node columns and task cards: one definition for every view that shows them.
import type { NodeView, ServiceView, TaskView } from "@/lib/model-types";
import { knownServiceName } from "./task-display";

/** A node column's hooks: data-testid="node", data-node-id, data-node-name, data-availability (and role, status, leader). */
export function nodeHooks(node: NodeView): Record<string, string> {
  return {
    "data-testid": "node",
    "data-node-id": node.id,
    "data-node-name": node.hostname,
    "data-availability": String(node.availability).toLowerCase(),
    "data-role": node.role,
    "data-status": String(node.status).toLowerCase(),
    "data-leader": String(node.manager?.leader === true),
  };
}

/** A task card's hooks: data-testid="task", data-service-name, data-node-id, data-state, data-slot, data-desired-state; a card on its way out is "task-leaving" only. */
export function taskHooks(task: TaskView, service: ServiceView | undefined, leaving: boolean): Record<string, string> {
  if (leaving) return { "data-testid": "task-leaving" };
  return {
    "data-testid": "task",
    "data-service-name": knownServiceName(service, task) ?? "",
    "data-node-id": task.nodeId ?? "",
    "data-state": task.state,
    "data-slot": task.slot === null ? "" : String(task.slot),
    "data-desired-state": task.desiredState,
  };
}
