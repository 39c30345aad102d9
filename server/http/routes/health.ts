// GET /api/health: is the server up, and can it see the engine? 200 when live, 503 otherwise.
import { sendJson } from "../json";
import type { Route } from "../route";

export const healthRoute: Route = {
  method: "GET",
  path: "/api/health",
  role: "public",
  handle({ res, runtime }) {
    const engine = runtime.watcher.engineLink;
    const ok = engine.state === "live";
    sendJson(res, ok ? 200 : 503, { ok, engine });
  },
};
