// /api/v1/login, /logout, /me and /audit: sessions by cookie (sign-ins audited), who am I (local mode, user or share link), and the admins' audit log.
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { readSmallBody } from "../body";
import { sendError, sendJson } from "../json";
import type { Route } from "../route";
import { readCookie, SESSION_COOKIE, SHARE_COOKIE, sessionCookie, viaHttps } from "../../auth/request-checks";
import { SESSION_TTL_MS } from "../../auth/user-store";
import { keysToCheck, loginKeys } from "../../auth/rate-limit";
import type { Me } from "../../../lib/session";

export const loginRoute: Route = {
  method: "POST",
  path: "/api/v1/login",
  role: "public",
  async handle({ req, res, security }) {
    if (!security.users || !security.authConfigured()) return sendError(res, 400, "no users are configured: this server runs in local mode (no sign-in)");
    const read = await readSmallBody(req, res);
    if (!read) return;
    const { body } = read;
    const { username, password } = (body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== "string" || typeof password !== "string" || !username || !password) {
      return sendError(res, 400, "username and password are required", "username");
    }
    // No user name is longer (user-store's rule); refusing longer ones keeps the limiter's keys small.
    if (username.length > 64) return sendError(res, 400, "username: at most 64 characters", "username");
    const address = req.socket.remoteAddress ?? "?";
    const keys = loginKeys(address, username);
    // Sign-ins are audited (never the password) under the name that was tried; refusals by the limits are aggregated (server/auth/refusal-audit.ts).
    const attempt = { name: username, role: "-" };
    const params = { address };
    // Every failure counts for all three keys; at an address the user signed in from before, the per-user limit does not apply.
    const held = security.limiter.check(keysToCheck(keys, security.knownAddresses.has(address, username)));
    if (held.wait > 0) {
      res.setHeader("retry-after", String(held.wait));
      security.refusals.refused(`${held.kind} ${held.id}`, { user: attempt.name, address, limit: held.kind!, waitSeconds: held.wait });
      return sendError(res, 429, `too many failed sign-ins; try again in ${held.wait} s`);
    }
    security.refusals.flush();
    const user = await security.users.check(username, password);
    if (!user) {
      security.limiter.fail(keys);
      security.record(attempt, { action: "login", params, ok: false, status: 401, error: "wrong user name or password" });
      return sendError(res, 401, "wrong user name or password");
    }
    // The right password clears this address's failures for the name only: other addresses' tries still count.
    security.limiter.succeed([keys[1]]);
    security.knownAddresses.remember(address, user.name);
    security.record(user, { action: "login", params, ok: true, status: 200 });
    const { token } = security.users.createSession(user.name);
    res.setHeader("set-cookie", sessionCookie(token, SESSION_TTL_MS / 1000, viaHttps(req)));
    sendJson(res, 200, { ok: true, user: user.name, role: user.role });
  },
};

export const logoutRoute: Route = {
  method: "POST",
  path: "/api/v1/logout",
  role: "public",
  handle({ req, res, security }) {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const who = security.principal(req);
    if (who && !who.local) security.record(who, { action: "logout", params: {}, ok: true, status: 200 });
    const shared = readCookie(req.headers.cookie, SHARE_COOKIE);
    if (token) security.users?.endSession(token);
    if (shared) security.users?.shareLinks.endSession(shared);
    security.sessionEnded();
    // Signing out ends both: the browser's own session and any share link opened in it.
    res.setHeader("set-cookie", [sessionCookie("", 0, viaHttps(req)), sessionCookie("", 0, viaHttps(req), SHARE_COOKIE)]);
    sendJson(res, 200, { ok: true });
  },
};

export const meRoute: Route = {
  method: "GET",
  path: "/api/v1/me",
  role: "viewer",
  handle({ res, who }) {
    const me: Me = who.share
      ? { mode: "share", user: null, role: "viewer", share: who.share }
      : who.local
        ? { mode: "local", user: null, role: "admin" }
        : { mode: "auth", user: who.name, role: who.role };
    sendJson(res, 200, me);
  },
};

export const auditRoute: Route = {
  method: "GET",
  path: "/api/v1/audit",
  role: "admin",
  async handle({ req, res, security }) {
    const format = new URL(req.url ?? "/", "http://x").searchParams.get("format");
    const log = security.audit;
    if (format === "jsonl") {
      res.writeHead(200, {
        "content-type": "application/x-ndjson; charset=utf-8",
        "content-disposition": 'attachment; filename="swarmscope-audit.jsonl"',
        "cache-control": "no-store",
      });
      // Every kept file, oldest first, streamed (up to 6 × SWARMSCOPE_AUDIT_MAX_BYTES) rather than read into memory.
      const fds = log?.openFiles() ?? [];
      try {
        for (const fd of fds) await pipeline(fs.createReadStream("", { fd, autoClose: false }), res, { end: false });
      } catch {
        return void res.destroy(); // the client went away mid-export
      } finally {
        for (const fd of fds) fs.closeSync(fd);
      }
      return void res.end();
    }
    sendJson(res, 200, { entries: log?.entries() ?? [] });
  },
};
