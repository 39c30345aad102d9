// Follows a service after an action, like the CLI's progress: waits for the engine to take the change, then converging → verifying → converged; pure.
import type { NodeView, ServiceView, TaskView } from "@/lib/model-types";
import { type ProgressPhase, type ServiceProgress, serviceProgress } from "@/lib/service-progress";
import { isTerminal } from "@/lib/task-states";

export type FollowPhase =
  | ProgressPhase
  /** The model does not show the change yet (the service's version has not moved, or a new service is not listed yet). */
  | "waiting"
  /** The service was removed while we followed it. */
  | "gone";

export interface ImageCount {
  image: string;
  tasks: number;
  /** The image the service's spec asks for now. */
  current: boolean;
}

export interface ServiceFollow {
  phase: FollowPhase;
  progress: ServiceProgress | null;
  /** running == desired, nothing outdated and no rolling update under way: the "stable for" clock may run. */
  steady: boolean;
  /** Tasks per image (slots with a live task), the current image first: old vs new during a rolling update. */
  images: ImageCount[];
}

const UPDATING = new Set(["updating", "rollback_started"]);

export function imageCounts(progress: ServiceProgress, serviceImage: string): ImageCount[] {
  const counts = new Map<string, number>();
  for (const slot of progress.slots) {
    if (!slot.image || slot.state === null) continue;
    counts.set(slot.image, (counts.get(slot.image) ?? 0) + 1);
  }
  return [...counts]
    .map(([image, tasks]) => ({ image, tasks, current: image === serviceImage }))
    .sort((a, b) => Number(b.current) - Number(a.current) || a.image.localeCompare(b.image));
}

/**
 * `sinceVersion`: the service's version when the action was sent (null for a service being created);
 * `steadyForSeconds`: how long the service has been steady (the caller's clock; null when it is not).
 */
export function followService(
  service: ServiceView | undefined,
  tasks: Record<string, TaskView>,
  nodes: Record<string, NodeView>,
  sinceVersion: number | null,
  steadyForSeconds: number | null,
): ServiceFollow {
  if (!service) return { phase: sinceVersion === null ? "waiting" : "gone", progress: null, steady: false, images: [] };
  const first = serviceProgress(service, tasks, nodes, null);
  const images = imageCounts(first, service.image);
  if (sinceVersion !== null && service.version <= sinceVersion) return { phase: "waiting", progress: first, steady: false, images };
  const steady = first.phase === "verifying" && !UPDATING.has(service.update?.state ?? "");
  const progress = steady ? serviceProgress(service, tasks, nodes, steadyForSeconds) : first;
  return { phase: progress.phase, progress, steady, images };
}

/** The "stable since" clock: kept while steady, started when it becomes steady, cleared when it stops. */
export function nextSteadySince(since: number | null, steady: boolean, now: number): number | null {
  if (!steady) return null;
  return since ?? now;
}

/** Phases after which the panel stops following (the CLI's last line). */
export function isFinal(phase: FollowPhase): boolean {
  return phase === "converged" || phase === "gone";
}

/** After `docker service rm`: the service's tasks still up, until the service and its tasks are gone. */
export function followRemoval(serviceId: string, services: Record<string, ServiceView>, tasks: Record<string, TaskView>): { listed: boolean; remaining: number; done: boolean } {
  const listed = serviceId in services;
  const remaining = Object.values(tasks).filter((t) => t.serviceId === serviceId && !isTerminal(t.state)).length;
  return { listed, remaining, done: !listed && remaining === 0 };
}
