// /services: list (with ServiceStatus when status=true), inspect, create, update at a version (or roll back), remove.
import type { EngineService, EngineServiceSpec } from "../../../lib/engine-types";
import { type Handler, boolParam, found, objectBody, reply, versionParam, ApiError } from "./call";
import { exactMatch, labelsMatch, parseFilters, prefixMatch } from "./filters";

const SERVICE_FILTERS = ["id", "label", "mode", "name"] as const;

/** "replicated", "global", "replicated-job" or "global-job", as the mode filter and `docker service ls` name them. */
export function serviceMode(s: EngineService): string {
  const m = s.Spec.Mode as Record<string, unknown>;
  if (m.Global) return "global";
  if (m.ReplicatedJob) return "replicated-job";
  if (m.GlobalJob) return "global-job";
  return "replicated";
}

export const listServices: Handler = ({ ctx, query }) => {
  const f = parseFilters(query.get("filters"), SERVICE_FILTERS);
  const status = boolParam(query, "status");
  return ctx.sim
    .services()
    .filter(
      (s) => prefixMatch(f.get("id"), s.ID) && prefixMatch(f.get("name"), s.Spec.Name) && exactMatch(f.get("mode"), serviceMode(s)) && labelsMatch(f.get("label"), s.Spec.Labels),
    )
    .map((s) => (status ? s : withoutStatus(s)));
};

function withoutStatus(s: EngineService): EngineService {
  if (!s.ServiceStatus) return s;
  const { ServiceStatus: _status, ...rest } = s;
  return rest as EngineService;
}

export const inspectService: Handler = ({ ctx, params }) => found(ctx.sim.service(params.id), "service", params.id);

export const createService: Handler = (call) => {
  const { ID } = call.ctx.sim.createService(objectBody<EngineServiceSpec>(call));
  return reply(201, { ID, Warnings: null });
};

export const updateService: Handler = (call) => {
  const { ctx, params, query } = call;
  const service = found(ctx.sim.service(params.id), "service", params.id);
  const rollback = query.get("rollback");
  if (rollback !== null && rollback !== "" && rollback !== "previous") throw new ApiError(400, `unrecognized rollback option ${rollback}`);
  ctx.sim.updateService(service.ID, versionParam(query), objectBody<EngineServiceSpec>(call), rollback === "previous" ? { rollback: "previous" } : {});
  return { Warnings: null };
};

export const removeService: Handler = ({ ctx, params }) => {
  const service = found(ctx.sim.service(params.id), "service", params.id);
  ctx.sim.removeService(service.ID);
  return reply(200);
};
