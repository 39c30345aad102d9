// GET /api/v1/services/:id, /api/v1/nodes/:id and /api/v1/swarm: readable detail views, read fresh from the engine.
import { nodeDetail, serviceDetail, swarmDetail } from "../../model/details";
import { sendError } from "../json";
import { engineGet } from "../engine-get";
import { maskServiceDetail } from "../../auth/mask";

export const serviceDetailRoute = engineGet("/api/v1/services/:id", "viewer", async (engine, { res, runtime, params, who }) => {
  const service = await engine.service(params.id);
  if (!service) return sendError(res, 404, `no such service: ${params.id}`, "id");
  const names = Object.fromEntries(Object.values(runtime.hub.snapshot().state.networks).map((n) => [n.id, n.name]));
  const detail = serviceDetail(service, names);
  return who.role === "viewer" ? maskServiceDetail(detail) : detail;
});

export const nodeDetailRoute = engineGet("/api/v1/nodes/:id", "viewer", async (engine, { res, params }) => {
  const node = await engine.node(params.id);
  if (!node) return sendError(res, 404, `no such node: ${params.id}`, "id");
  return nodeDetail(node);
});

export const swarmDetailRoute = engineGet("/api/v1/swarm", "viewer", async (engine, { runtime }) => {
  const swarm = await engine.swarm();
  const { managers = 0, workers = 0 } = runtime.hub.snapshot().state.swarm ?? {};
  return swarmDetail(swarm, managers, workers);
});
