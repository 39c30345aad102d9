// GET /api/v1/cluster: the same model (snapshot) a browser with the caller's role receives over the socket.
import { sendJson } from "../json";
import type { Route } from "../route";
import { snapshotFor } from "../../auth/redact";

export const clusterRoute: Route = {
  method: "GET",
  path: "/api/v1/cluster",
  role: "viewer",
  handle({ res, runtime, who }) {
    sendJson(res, 200, snapshotFor(who.role, runtime.hub.snapshot()));
  },
};
