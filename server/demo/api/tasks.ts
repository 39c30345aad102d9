// /tasks: list with the engine's filters (service and node by ID or name, desired-state, label, name, the CLI's _up-to-date), inspect.
import type { EngineService, EngineTask } from "../../../lib/engine-types";
import { type Handler, ApiError, found } from "./call";
import { exactMatch, labelsMatch, parseFilters, prefixMatch } from "./filters";
import { sameJson } from "../same-json";

const TASK_FILTERS = ["desired-state", "id", "label", "name", "node", "service", "_up-to-date", "runtime"] as const;

/** "web.3", or "web.<node ID>" for a global service's task, as swarmkit names tasks. */
export function taskName(t: EngineTask, service: EngineService | undefined): string {
  const name = service?.Spec.Name ?? t.ServiceID;
  return t.Slot ? `${name}.${t.Slot}` : `${name}.${t.NodeID ?? ""}`;
}

export const listTasks: Handler = ({ ctx, query }) => {
  const f = parseFilters(query.get("filters"), TASK_FILTERS);
  const sim = ctx.sim;
  const services = new Map(sim.services().map((s) => [s.ID, s]));
  // Like the daemon, service and node filters are resolved to IDs first; one that names nothing is a 404.
  const serviceIds = f.get("service")?.map((ref) => found(sim.service(ref), "service", ref).ID);
  const nodeIds = f.get("node")?.map((ref) => found(sim.node(ref), "node", ref).ID);
  const upToDate = f.get("_up-to-date");
  if (upToDate && !upToDate.every((v) => v === "true" || v === "1")) throw new ApiError(400, "invalid filter '_up-to-date'");
  return sim.tasks().filter((t) => {
    const service = services.get(t.ServiceID);
    return (
      exactMatch(serviceIds, t.ServiceID) &&
      exactMatch(nodeIds, t.NodeID) &&
      exactMatch(f.get("desired-state"), t.DesiredState) &&
      prefixMatch(f.get("id"), t.ID) &&
      prefixMatch(f.get("name"), taskName(t, service)) &&
      labelsMatch(f.get("label"), service?.Spec.Labels) &&
      (!upToDate || (service !== undefined && sameJson(t.Spec, service.Spec.TaskTemplate)))
    );
  });
};

/** GET /tasks/{id}: by ID or unique ID prefix (the swarm resolves it). */
export const inspectTask: Handler = ({ ctx, params }) => found(ctx.sim.task(params.id), "task", params.id);
