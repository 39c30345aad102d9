// Decides whether the swarm is still moving (so tasks must be polled fast); pure.
import type { ClusterState } from "../../lib/model-types";
import { isTerminal } from "../../lib/task-states";

/** Why the swarm is converging, or null when everything has settled. */
export function convergingReason(view: ClusterState): string | null {
  for (const service of Object.values(view.services)) {
    const jobLike = service.mode === "replicated-job" || service.mode === "global-job";
    if (!jobLike && service.desired !== null && service.running !== null && service.running !== service.desired) {
      return `service ${service.name}: ${service.running}/${service.desired} running`;
    }
    const update = service.update?.state;
    if (update === "updating" || update === "rollback_started") return `service ${service.name}: ${update}`;
  }
  for (const task of Object.values(view.tasks)) {
    if (isTerminal(task.state)) continue;
    // A live task that is not where it is meant to be: starting up, or still up though told to stop.
    if (task.desiredState === "running" && task.state !== "running") return `task ${task.id}: ${task.state}`;
    if (task.desiredState !== "running" && task.desiredState !== "ready" && task.state !== task.desiredState) {
      return `task ${task.id}: ${task.state} → ${task.desiredState}`;
    }
  }
  return null;
}
