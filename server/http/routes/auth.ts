// /api/v1/login, /logout, /me and /audit: sessions by cookie, who am I (or local mode), and the admins' audit log.
import { BodyError, readJsonBody } from "../body";
import { sendError, sendJson } from "../json";
import type { Route } from "../router";
import { readCookie, SESSION_COOKIE, sessionCookie, viaHttps } from "../../auth/request-checks";
import { SESSION_TTL_MS } from "../../auth/user-store";

export const loginRoute: Route = {
  method: "POST",
  path: "/api/v1/login",
  role: "public",
  async handle(req, res, _runtime, _params, { security }) {
    if (!security.users || !security.authConfigured()) return sendError(res, 400, "no users are configured: this server runs in local mode (no sign-in)");
    let body: unknown;
    try {
      body = await readJsonBody(req, 16 * 1024);
    } catch (err) {
      if (err instanceof BodyError) return sendError(res, 400, err.message, "body");
      throw err;
    }
    const { username, password } = (body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== "string" || typeof password !== "string" || !username || !password) {
      return sendError(res, 400, "username and password are required", "username");
    }
    const keys = [`addr:${req.socket.remoteAddress ?? "?"}`, `user:${username.toLowerCase()}`];
    const wait = security.limiter.retryAfter(keys);
    if (wait > 0) {
      res.setHeader("retry-after", String(wait));
      return sendError(res, 429, `too many failed sign-ins; try again in ${wait} s`);
    }
    const user = await security.users.check(username, password);
    if (!user) {
      security.limiter.fail(keys);
      return sendError(res, 401, "wrong user name or password");
    }
    security.limiter.succeed([keys[1]]);
    const { token } = security.users.createSession(user.name);
    res.setHeader("set-cookie", sessionCookie(token, SESSION_TTL_MS / 1000, viaHttps(req)));
    sendJson(res, 200, { ok: true, user: user.name, role: user.role });
  },
};

export const logoutRoute: Route = {
  method: "POST",
  path: "/api/v1/logout",
  role: "public",
  handle(req, res, _runtime, _params, { security }) {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (token) security.users?.endSession(token);
    security.sessionEnded();
    res.setHeader("set-cookie", sessionCookie("", 0, viaHttps(req)));
    sendJson(res, 200, { ok: true });
  },
};

export const meRoute: Route = {
  method: "GET",
  path: "/api/v1/me",
  role: "viewer",
  handle(_req, res, _runtime, _params, { who }) {
    sendJson(res, 200, who.local ? { mode: "local", user: null, role: "admin" } : { mode: "auth", user: who.name, role: who.role });
  },
};

export const auditRoute: Route = {
  method: "GET",
  path: "/api/v1/audit",
  role: "admin",
  handle(req, res, _runtime, _params, { security }) {
    const format = new URL(req.url ?? "/", "http://x").searchParams.get("format");
    const log = security.audit;
    if (format === "jsonl") {
      const text = log?.text() ?? "";
      res.writeHead(200, {
        "content-type": "application/x-ndjson; charset=utf-8",
        "content-disposition": 'attachment; filename="swarmscope-audit.jsonl"',
        "cache-control": "no-store",
      });
      return void res.end(text);
    }
    sendJson(res, 200, { entries: log?.entries() ?? [] });
  },
};
