// How a task card names a task and which problem text it shows.
import type { ServiceView, TaskView } from "@/lib/model-types";
import { isTerminal } from "@/lib/task-states";
import { shortId } from "@/components/ui/format";

/** The service's name, also after the service is removed (the model keeps it on the task); null for a service the model never saw. */
export function knownServiceName(service: ServiceView | undefined, task: TaskView): string | null {
  return service?.name ?? task.serviceName;
}

/** The service's name, or a readable stand-in for a service the model never saw. */
export function serviceNameOf(service: ServiceView | undefined, task: TaskView): string {
  return knownServiceName(service, task) ?? `service ${shortId(task.serviceId, 10)}`;
}

/**
 * The task's name as the docker CLI prints it: "web.3" for a replicated slot;
 * "web.<node id>" for a global task (shortened), or "web.<task id>" when it has no node.
 */
export function taskName(task: TaskView, serviceName: string): string {
  if (task.slot !== null) return `${serviceName}.${task.slot}`;
  return `${serviceName}.${shortId(task.nodeId ?? task.id, 6)}`;
}

/**
 * The text explaining what went wrong: the error (else the message) of a failed or rejected task;
 * for a task stuck before running (e.g. pending "no suitable node"), its error if the engine gave one.
 */
export function taskProblem(task: TaskView): string | null {
  const error = task.error?.trim() || null;
  const message = task.message?.trim() || null;
  if (task.state === "failed" || task.state === "rejected") return error ?? message ?? "no reason given";
  if (task.state === "pending" || task.state === "new" || task.state === "assigned") return error;
  return null;
}

/** The task is still up but the orchestrator wants it gone (desired state shutdown/remove/…): it is being stopped or replaced. */
export function isStopping(task: TaskView): boolean {
  return isTerminal(task.desiredState) && !isTerminal(task.state);
}
