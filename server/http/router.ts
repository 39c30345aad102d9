// Routes /api/* (and /metrics) requests to their handlers; everything else goes to Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Runtime } from "../runtime";
import { sendError } from "./json";
import { clusterRoute } from "./routes/cluster";
import { healthRoute } from "./routes/health";
import { metricsRoute } from "./routes/metrics";

export interface Route {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, runtime: Runtime): void | Promise<void>;
}

const ROUTES: Route[] = [healthRoute, clusterRoute, metricsRoute];

/** Handles the request if it is an API request; returns false to let Next serve it. */
export async function routeApi(req: IncomingMessage, res: ServerResponse, runtime: Runtime): Promise<boolean> {
  const path = (req.url ?? "/").split("?")[0];
  if (!path.startsWith("/api/") && path !== "/metrics") return false;
  const matches = ROUTES.filter((r) => r.path === path);
  const route = matches.find((r) => r.method === req.method);
  if (!route) {
    if (matches.length > 0) {
      res.setHeader("allow", matches.map((r) => r.method).join(", "));
      sendError(res, 405, `method ${req.method} not allowed on ${path}`);
    } else sendError(res, 404, `no API route ${path}`);
    return true;
  }
  try {
    await route.handle(req, res, runtime);
  } catch (err) {
    if (!res.headersSent) sendError(res, 500, `internal error: ${(err as Error).message}`);
  }
  return true;
}
