// Share links: admins create, list and revoke them (/api/v1/share-links); anyone holding one opens a read-only session at /share/:token.
import { z } from "zod";
import {
  DEFAULT_PHONE_MINUTES,
  MAX_PHONE_MINUTES,
  MAX_SHARE_MINUTES,
  PHONE_PATH_PREFIX,
  type PhoneLinkCreated,
  SHARE_TARGETS,
  type ShareLinkCreated,
} from "../../../lib/share-links";
import { PRESENT_ROLE } from "../../../lib/presentation";
import { readCookie, SHARE_COOKIE, sessionCookie, viaHttps } from "../../auth/request-checks";
import { ActionError } from "../../actions/action";
import { auditedRoute } from "../audited-route";
import { SMALL_BODY_BYTES } from "../body";
import { sendJson } from "../json";
import type { Route, RouteCall } from "../route";

const createInput = z.strictObject({
  label: z.string().trim().min(1, "is required").max(64, "at most 64 characters"),
  expiresInMinutes: z.number().int("whole minutes").min(1, "at least 1 minute").max(MAX_SHARE_MINUTES, "at most 525600 (one year)").nullable().optional(),
});

export const shareLinksRoute: Route = {
  method: "GET",
  path: "/api/v1/share-links",
  role: "admin",
  handle({ res, security }) {
    sendJson(res, 200, { links: security.users?.shareLinks.list() ?? [] });
  },
};

export const createShareLinkRoute = auditedRoute({
  method: "POST",
  path: "/api/v1/share-links",
  role: "admin",
  audit: "share.create",
  bodyLimit: SMALL_BODY_BYTES,
  input: createInput,
  run({ label, expiresInMinutes = null }, { who, security }) {
    if (!security.users) throw new ActionError(400, "this server keeps no users, so no share links", "body");
    const { link, token } = security.users.shareLinks.create(label, who.name, expiresInMinutes);
    const answer: ShareLinkCreated = { ok: true, link, url: `/share/${token}` };
    return { status: 201, body: { ...answer }, target: link.id };
  },
});

export const revokeShareLinkRoute: Route = {
  method: "DELETE",
  path: "/api/v1/share-links/:id",
  role: "admin",
  handle({ res, params, who, security }) {
    const found = security.users?.shareLinks.revoke(params.id) ?? false;
    const error = found ? undefined : `no such share link: ${params.id}`;
    security.record(who, { action: "share.revoke", target: params.id, params: {}, ok: found, status: found ? 200 : 404, error });
    if (!found) return sendJson(res, 404, { ok: false, error, field: "id" });
    security.sessionEnded(); // open projection sockets of this link are disconnected now
    sendJson(res, 200, { ok: true, id: params.id });
  },
};

const phoneInput = z.strictObject({
  expiresInMinutes: z.number().int("whole minutes").min(1, "at least 1 minute").max(MAX_PHONE_MINUTES, `at most ${MAX_PHONE_MINUTES} (8 hours)`).optional(),
});

/** Phone links for a presentation's audience: a presenter (operator or above) makes a short, short-lived read-only link on the spot. */
export const createPhoneLinkRoute = auditedRoute({
  method: "POST",
  path: "/api/v1/present-links",
  role: PRESENT_ROLE,
  audit: "share.create",
  bodyLimit: SMALL_BODY_BYTES,
  input: phoneInput,
  run({ expiresInMinutes = DEFAULT_PHONE_MINUTES }, { who, security }) {
    if (!security.users) throw new ActionError(400, "this server keeps no users, so no share links (local mode: only this machine can connect)", "body");
    // 12 random bytes (96 bits) keep the URL short enough to type; the link lives at most 8 hours and only reads.
    const { link, token } = security.users.shareLinks.create(`Phones (${who.name})`.slice(0, 64), who.name, expiresInMinutes, 12);
    const answer: PhoneLinkCreated = { ok: true, link, url: `${PHONE_PATH_PREFIX}${token}` };
    return { status: 201, body: { ...answer }, target: link.id };
  },
});

const REFUSED: Record<string, string> = {
  unknown: "This share link does not exist.",
  expired: "This share link has expired. Ask an admin of this Swarmscope for a new one.",
  revoked: "This share link was revoked. Ask an admin of this Swarmscope for a new one.",
};

/** Where an opened link sends the browser: /present for phone links and `?to=present`, else the board. */
function targetOf(path: string, url: string | undefined): string {
  if (path.startsWith(PHONE_PATH_PREFIX)) return SHARE_TARGETS.present;
  const to = new URLSearchParams((url ?? "").split("?")[1] ?? "").get("to");
  return to === "present" ? SHARE_TARGETS.present : SHARE_TARGETS.board;
}

/** GET /share/:token and /p/:token: swap the link's token for a session cookie and send the browser to the board or /present. */
function openRoute(path: string): Route {
  return {
    method: "GET",
    path,
    role: "public",
    handle({ req, res, params, security }: RouteCall) {
      const opened = security.users?.shareLinks.open(params.token) ?? ({ refused: "unknown" } as const);
      if ("refused" in opened) {
        res.writeHead(opened.refused === "unknown" ? 404 : 410, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
        return void res.end(REFUSED[opened.refused]);
      }
      const who = { name: `share:${opened.link.label}`, role: "viewer" as const, local: false };
      security.record(who, { action: "share.open", target: opened.link.id, params: {}, ok: true, status: 303 });
      const maxAge = Math.max(1, Math.floor((opened.expires - Date.now()) / 1000));
      res.writeHead(303, { location: targetOf(path, req.url), "set-cookie": sessionCookie(opened.session, maxAge, viaHttps(req), SHARE_COOKIE), "cache-control": "no-store" });
      res.end();
    },
  };
}

export const openShareLinkRoute = openRoute("/share/:token");
export const openPhoneLinkRoute = openRoute("/p/:token");

/** POST /api/v1/share/leave: drops this browser's share-link session (its own cookie), back to the browser's own session or sign-in. */
export const leaveShareRoute: Route = {
  method: "POST",
  path: "/api/v1/share/leave",
  role: "public",
  handle({ req, res, security }: RouteCall) {
    const token = readCookie(req.headers.cookie, SHARE_COOKIE);
    if (token) security.users?.shareLinks.endSession(token);
    security.sessionEnded();
    res.setHeader("set-cookie", sessionCookie("", 0, viaHttps(req), SHARE_COOKIE));
    sendJson(res, 200, { ok: true });
  },
};
