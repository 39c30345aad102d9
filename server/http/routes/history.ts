// The history routes: GET /api/v1/timeline, the replay of GET /api/v1/cluster?at=, and the task and service histories (docs/api.md#history).
import type { ServerResponse } from "node:http";
import type { HistoryError, ReplaySnapshot } from "../../../lib/history-types";
import type { ClusterState } from "../../../lib/model-types";
import { roleAllows } from "../../../lib/roles";
import { snapshotFor } from "../../auth/redact";
import type { ObjectType } from "../../history/entry-objects";
import type { History } from "../../history/history";
import { type Parsed, parseCursor, parseKinds, parseLimit, parseName, parseTime, single } from "../../history/query-params";
import { sendError, sendJson } from "../json";
import type { Route, RouteCall } from "../route";

/** How far ahead of the server's clock `at` may be (a browser's clock runs a little ahead). */
export const FUTURE_SLACK_MS = 5000;

const queryOf = (call: RouteCall) => new URL(call.req.url ?? "/", "http://localhost").searchParams;

function historyOf(call: RouteCall): History | null {
  if (!call.runtime.history) sendError(call.res, 503, "this server keeps no history (it has no data directory, or another server keeps that directory's history)");
  return call.runtime.history ?? null;
}

/** Unwraps a parsed parameter, or answers 400 naming it and returns undefined. */
function take<T>(res: ServerResponse, p: Parsed<T>): T | undefined {
  if (p.ok) return p.value;
  sendError(res, 400, p.error, p.field);
  return undefined;
}

/** GET /api/v1/cluster?at=<time>: the snapshot as it was then (the cluster route hands over when `at` is given). */
export function sendReplay(call: RouteCall, raw: string): void {
  const history = historyOf(call);
  if (!history) return;
  const at = take(call.res, parseTime("at", raw));
  if (at === undefined) return;
  const now = Date.now();
  if (at > now + FUTURE_SLACK_MS) return sendError(call.res, 400, `at: ${new Date(at).toISOString()} is in the future (the server's time is ${new Date(now).toISOString()})`, "at");
  const moment = history.moment(Math.min(at, now));
  if (moment.kind === "before") {
    const oldest = moment.oldest === null ? "nothing is recorded yet" : `the oldest kept moment is ${new Date(moment.oldest).toISOString()}`;
    return sendError(call.res, 400, `at: ${new Date(at).toISOString()} is before the kept history (${oldest})`, "at");
  }
  if (moment.kind === "gap") {
    const gap = { from: new Date(moment.from).toISOString(), to: new Date(moment.to).toISOString() };
    const body: HistoryError = { error: `at: Swarmscope was not running from ${gap.from} to ${gap.to}; nothing is recorded then`, field: "at", gap };
    return sendJson(call.res, 404, body);
  }
  const { state, version, recordedAt } = moment.rebuilt;
  const snapshot = snapshotFor(call.who.role, { version, at: new Date(at).toISOString(), state });
  const body: ReplaySnapshot = { ...snapshot, replay: true, recordedAt: new Date(recordedAt).toISOString() };
  sendJson(call.res, 200, body);
}

/** A filter's name as entries keep it (an ID of something in the model becomes its name); 400 when neither the model nor the history knows it. */
function objectFilter(call: RouteCall, history: History, type: ObjectType, field: string, raw: string | null): string | null | undefined {
  const ref = take(call.res, parseName(field, raw));
  if (ref === undefined || ref === null) return ref;
  const state: ClusterState = call.runtime.hub.snapshot().state;
  const services = Object.values(state.services);
  let name = ref;
  let live = false;
  if (type === "service") {
    const s = state.services[ref] ?? services.find((x) => x.name === ref);
    if (s) [name, live] = [s.name, true];
    else name = history.service(ref)?.service.name ?? ref;
  } else if (type === "node") {
    const n = state.nodes[ref] ?? Object.values(state.nodes).find((x) => x.hostname === ref);
    if (n) [name, live] = [n.hostname, true];
  } else live = services.some((s) => s.stack === ref);
  if (live || history.knows(type, name)) return name;
  sendError(call.res, 400, `${field}: no ${field} ${JSON.stringify(ref)} in the swarm or its kept history`, field);
  return undefined;
}

export const timelineRoute: Route = {
  method: "GET",
  path: "/api/v1/timeline",
  role: "viewer",
  handle(call) {
    const history = historyOf(call);
    if (!history) return;
    const q = queryOf(call);
    const params: Record<string, string | null> = {};
    for (const field of ["from", "to", "service", "node", "stack", "kind", "limit", "before"]) {
      const one = take(call.res, single(q, field));
      if (one === undefined) return;
      params[field] = one;
    }
    const from = params.from === null ? null : take(call.res, parseTime("from", params.from));
    if (from === undefined) return;
    const to = params.to === null ? null : take(call.res, parseTime("to", params.to));
    if (to === undefined) return;
    if (from !== null && to !== null && from > to) return sendError(call.res, 400, "from: is after to", "from");
    const kinds = take(call.res, parseKinds(params.kind));
    const limit = kinds === undefined ? undefined : take(call.res, parseLimit(params.limit));
    const before = limit === undefined ? undefined : take(call.res, parseCursor(params.before));
    if (kinds === undefined || limit === undefined || before === undefined) return;
    const objects: [ObjectType, string][] = [];
    for (const [type, field] of [
      ["service", "service"],
      ["node", "node"],
      ["stack", "stack"],
    ] as const) {
      const name = objectFilter(call, history, type, field, params[field]);
      if (name === undefined) return;
      if (name !== null) objects.push([type, name]);
    }
    sendJson(call.res, 200, history.timeline({ from, to, kinds, objects, limit, before, withParams: roleAllows(call.who.role, "operator") }));
  },
};

/** GET one object's recorded past (a task's states, a service's changes): 404 naming id when the history never saw it. */
function objectHistoryRoute(kind: "task" | "service", read: (history: History, id: string) => unknown): Route {
  return {
    method: "GET",
    path: `/api/v1/${kind}s/:id/history`,
    role: "viewer",
    handle(call) {
      const history = historyOf(call);
      if (!history) return;
      const found = read(history, call.params.id);
      if (!found) return sendError(call.res, 404, `id: no ${kind} ${call.params.id} in the kept history`, "id");
      sendJson(call.res, 200, found);
    },
  };
}

export const taskHistoryRoute = objectHistoryRoute("task", (history, id) => history.task(id));
export const serviceHistoryRoute = objectHistoryRoute("service", (history, id) => history.service(id));
