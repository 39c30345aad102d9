// GET /api/v1/cluster: the same model (snapshot) a browser with the caller's role receives over the socket.
import { sendJson } from "../json";
import type { Route } from "../router";
import { snapshotFor } from "../../auth/redact";

export const clusterRoute: Route = {
  method: "GET",
  path: "/api/v1/cluster",
  role: "viewer",
  handle(_req, res, runtime, _params, { who }) {
    sendJson(res, 200, snapshotFor(who.role, runtime.hub.snapshot()));
  },
};
