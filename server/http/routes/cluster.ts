// GET /api/v1/cluster: the same model (snapshot) a browser with the caller's role receives over the socket; with ?at=<time>, the model as it was then.
import { sendJson } from "../json";
import type { Route } from "../route";
import { snapshotFor } from "../../auth/redact";
import { sendReplay } from "./history";

export const clusterRoute: Route = {
  method: "GET",
  path: "/api/v1/cluster",
  role: "viewer",
  handle(call) {
    const at = new URL(call.req.url ?? "/", "http://localhost").searchParams.getAll("at");
    if (at.length > 1) return sendJson(call.res, 400, { error: "at: given more than once", field: "at" });
    if (at.length === 1) return sendReplay(call, at[0]);
    sendJson(call.res, 200, snapshotFor(call.who.role, call.runtime.hub.snapshot()));
  },
};
