// Routes /api/* (plus /metrics and /share/:token) requests to their handlers; everything else goes to Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Runtime } from "../runtime";
import { EngineError, EngineInputError } from "../engine/errors";
import { sendError, sendJson } from "./json";
import type { Route } from "./route";

export type { Route, RouteCall } from "./route";
import { clusterRoute } from "./routes/cluster";
import { serviceHistoryRoute, taskHistoryRoute, timelineRoute } from "./routes/history";
import { healthRoute } from "./routes/health";
import { metricsRoute } from "./routes/metrics";
import { nodeDetailRoute, serviceDetailRoute, swarmDetailRoute } from "./routes/details";
import { joinTokensRoute, unlockKeyRoute } from "./routes/swarm-secrets";
import { containersRoute, networkDetailRoute } from "./routes/networks";
import { stackDetailRoute, stacksRoute } from "./routes/stacks";
import { deployStackRoute, dockerCliRoute, removeStackRoute, validateStackRoute } from "./routes/stack-actions";
import { actionRoute } from "./action-route";
import { ACTIONS } from "../actions";
import { auditRoute, loginRoute, logoutRoute, meRoute } from "./routes/auth";
import { addUserRoute, removeUserRoute, setUserRoleRoute, usersRoute } from "./routes/users";
import { createPhoneLinkRoute, createShareLinkRoute, leaveShareRoute, openPhoneLinkRoute, openShareLinkRoute, revokeShareLinkRoute, shareLinksRoute } from "./routes/share-links";
import type { Security } from "../auth/security";
import { roleAllows } from "../../lib/roles";
import { opensLink } from "../../lib/share-links";
import { isMutating, originAllowed, viaHttps } from "../auth/request-checks";

export const ROUTES: Route[] = [
  healthRoute,
  loginRoute,
  logoutRoute,
  meRoute,
  auditRoute,
  usersRoute,
  addUserRoute,
  removeUserRoute,
  setUserRoleRoute,
  shareLinksRoute,
  createShareLinkRoute,
  revokeShareLinkRoute,
  openShareLinkRoute,
  createPhoneLinkRoute,
  openPhoneLinkRoute,
  leaveShareRoute,
  clusterRoute,
  timelineRoute,
  taskHistoryRoute,
  serviceHistoryRoute,
  metricsRoute,
  serviceDetailRoute,
  nodeDetailRoute,
  swarmDetailRoute,
  joinTokensRoute,
  unlockKeyRoute,
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

/**
 * What a path parameter may hold on any route: an engine reference (lib/engine-ref.ts), a stack or user name, a
 * share token (base64url) — never '/', '%', spaces, control or non-ASCII characters, nor "." / "..". The engine
 * client checks its own references again against the engine's grammar; this refuses the rest before any work.
 */
const PARAM = /^[A-Za-z0-9_.@-]{1,255}$/;

export function paramProblem(value: string): string | null {
  if (!PARAM.test(value) || value === "." || value === "..") return "is not a valid ID or name";
  return null;
}

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
export async function routeApi(req: IncomingMessage, res: ServerResponse, runtime: Runtime, security: Security): Promise<boolean> {
  const path = (req.url ?? "/").split("?")[0];
  if (!path.startsWith("/api/") && !opensLink(path) && path !== "/metrics") return false;
  const matches = ROUTES.map((r) => ({ r, params: matchPath(r.path, path) })).filter((m) => m.params !== null);
  const match = matches.find((m) => m.r.method === req.method);
  if (!match) {
    if (matches.length > 0) {
      res.setHeader("allow", matches.map((m) => m.r.method).join(", "));
      sendError(res, 405, `method ${req.method} not allowed on ${path}`);
    } else sendError(res, 404, `no API route ${path}`);
    return true;
  }
  // CSRF: a browser's mutating request from another origin is refused in every mode.
  if (isMutating(req.method) && !originAllowed(req.headers.origin, req.headers.host, viaHttps(req))) {
    sendError(res, 403, `cross-origin ${req.method} refused (Origin ${req.headers.origin})`);
    return true;
  }
  const who = security.principal(req) ?? (match.r.scrapeToken ? security.scraper(req) : null);
  if (match.r.role !== "public") {
    if (!who) {
      sendError(res, 401, "sign in first (POST /api/v1/login)");
      return true;
    }
    if (!roleAllows(who.role, match.r.role)) {
      sendError(res, 403, `${who.name} is a ${who.role}; ${req.method} ${path} needs ${match.r.role}`);
      return true;
    }
  }
  for (const [name, value] of match.r.checksParams ? [] : Object.entries(match.params ?? {})) {
    const problem = paramProblem(value);
    if (problem) {
      const error = `${name} ${problem}: ${JSON.stringify(value.slice(0, 80))}`;
      if (match.r.audit && who) security.record(who, { action: match.r.audit, target: value.slice(0, 80), params: {}, ok: false, status: 400, error });
      // Actions answer in the action report's shape (ok: false), like every other refusal of theirs.
      if (match.r.audit) sendJson(res, 400, { ok: false, action: match.r.audit, error, field: name });
      else sendError(res, 400, error, name);
      return true;
    }
  }
  try {
    await match.r.handle({ req, res, runtime, params: match.params ?? {}, who: who ?? { name: "anonymous", role: "viewer", local: false }, security });
  } catch (err) {
    if (res.headersSent) return true;
    if (err instanceof EngineInputError) sendError(res, 400, err.message, err.field);
    else if (err instanceof EngineError) sendError(res, err.status === 404 ? 404 : 502, `the engine failed: ${err.message}`);
    else sendError(res, 500, `internal error: ${(err as Error).message}`);
  }
  return true;
}
