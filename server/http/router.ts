// Routes /api/* (and /metrics) requests to their handlers; everything else goes to Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Runtime } from "../runtime";
import { EngineError } from "../engine/client";
import { sendError } from "./json";
import { clusterRoute } from "./routes/cluster";
import { healthRoute } from "./routes/health";
import { metricsRoute } from "./routes/metrics";
import { nodeDetailRoute, serviceDetailRoute, swarmDetailRoute } from "./routes/details";
import { containersRoute, networkDetailRoute } from "./routes/networks";
import { stackDetailRoute, stacksRoute } from "./routes/stacks";
import { deployStackRoute, dockerCliRoute, removeStackRoute, validateStackRoute } from "./routes/stack-actions";
import { actionRoute } from "./action-route";
import { ACTIONS } from "../actions";

export interface Route {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Exact path, or with :name segments that become params. */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, runtime: Runtime, params: Record<string, string>): void | Promise<void>;
}

const ROUTES: Route[] = [
  healthRoute,
  clusterRoute,
  metricsRoute,
  serviceDetailRoute,
  nodeDetailRoute,
  swarmDetailRoute,
  networkDetailRoute,
  containersRoute,
  stacksRoute,
  stackDetailRoute,
  validateStackRoute,
  deployStackRoute,
  removeStackRoute,
  dockerCliRoute,
  ...ACTIONS.map(actionRoute),
];

/** Params when `path` fits the route's pattern, else null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(":")) {
      if (!got[i]) return null;
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== got[i]) return null;
  }
  return params;
}

/** Handles the request if it is an API request; returns false to let Next serve it. */
export async function routeApi(req: IncomingMessage, res: ServerResponse, runtime: Runtime): Promise<boolean> {
  const path = (req.url ?? "/").split("?")[0];
  if (!path.startsWith("/api/") && path !== "/metrics") return false;
  const matches = ROUTES.map((r) => ({ r, params: matchPath(r.path, path) })).filter((m) => m.params !== null);
  const match = matches.find((m) => m.r.method === req.method);
  if (!match) {
    if (matches.length > 0) {
      res.setHeader("allow", matches.map((m) => m.r.method).join(", "));
      sendError(res, 405, `method ${req.method} not allowed on ${path}`);
    } else sendError(res, 404, `no API route ${path}`);
    return true;
  }
  try {
    await match.r.handle(req, res, runtime, match.params ?? {});
  } catch (err) {
    if (res.headersSent) return true;
    if (err instanceof EngineError) sendError(res, err.status === 404 ? 404 : 502, `the engine failed: ${err.message}`);
    else sendError(res, 500, `internal error: ${(err as Error).message}`);
  }
  return true;
}
