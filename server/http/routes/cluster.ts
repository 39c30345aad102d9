// GET /api/v1/cluster: the same model (snapshot) a browser receives over the socket.
import { sendJson } from "../json";
import type { Route } from "../router";

export const clusterRoute: Route = {
  method: "GET",
  path: "/api/v1/cluster",
  role: "viewer",
  handle(_req, res, runtime) {
    sendJson(res, 200, runtime.hub.snapshot());
  },
};
