// GET /api/v1/services/:id, /api/v1/nodes/:id and /api/v1/swarm: readable detail views, read fresh from the engine.
import { nodeDetail, serviceDetail, swarmDetail } from "../../model/details";
import { sendError, sendJson } from "../json";
import type { Route } from "../route";
import { maskServiceDetail } from "../../auth/mask";

export const serviceDetailRoute: Route = {
  method: "GET",
  path: "/api/v1/services/:id",
  role: "viewer",
  async handle({ res, runtime, params, who }) {
    const service = await (await runtime.engine()).service(params.id);
    if (!service) return sendError(res, 404, `no such service: ${params.id}`, "id");
    const names = Object.fromEntries(Object.values(runtime.hub.snapshot().state.networks).map((n) => [n.id, n.name]));
    const detail = serviceDetail(service, names);
    sendJson(res, 200, who.role === "viewer" ? maskServiceDetail(detail) : detail);
  },
};

export const nodeDetailRoute: Route = {
  method: "GET",
  path: "/api/v1/nodes/:id",
  role: "viewer",
  async handle({ res, runtime, params }) {
    const node = await (await runtime.engine()).node(params.id);
    if (!node) return sendError(res, 404, `no such node: ${params.id}`, "id");
    sendJson(res, 200, nodeDetail(node));
  },
};

export const swarmDetailRoute: Route = {
  method: "GET",
  path: "/api/v1/swarm",
  role: "viewer",
  async handle({ res, runtime }) {
    const swarm = await (await runtime.engine()).swarm();
    const { managers = 0, workers = 0 } = runtime.hub.snapshot().state.swarm ?? {};
    sendJson(res, 200, swarmDetail(swarm, managers, workers));
  },
};
