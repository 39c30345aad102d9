// GET /api/v1/stacks (every stack from the model's labels) and GET /api/v1/stacks/:name (plus volumes and the last deployed files).
import { listStacks } from "../../../lib/stacks";
import { stackVolumes } from "../../stacks/deploy";
import { stackStore } from "../../stacks/store";
import { sendError, sendJson } from "../json";
import type { Route } from "../route";

export const stacksRoute: Route = {
  method: "GET",
  path: "/api/v1/stacks",
  role: "viewer",
  handle({ res, runtime }) {
    sendJson(res, 200, { stacks: listStacks(runtime.hub.snapshot().state) });
  },
};

export const stackDetailRoute: Route = {
  method: "GET",
  path: "/api/v1/stacks/:name",
  role: "viewer",
  async handle({ res, runtime, params, who }) {
    const stack = listStacks(runtime.hub.snapshot().state).find((s) => s.name === params.name) ?? null;
    const saved = await stackStore().read(params.name);
    if (!stack && !saved) return sendError(res, 404, `no such stack: ${params.name}`, "name");
    const engine = await runtime.engine();
    const nodes = await runtime.nodeEngines.reachable(engine);
    const volumes = (await stackVolumes(nodes, params.name)).map((v) => ({ node: v.node, name: v.name }));
    // The last deployed compose file and settings may hold variable values (passwords): not for viewers.
    const shown = who.role === "viewer" ? null : saved;
    sendJson(res, 200, { stack, volumes, volumeNodes: nodes.map((n) => n.node), saved: shown });
  },
};
