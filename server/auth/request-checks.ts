// Pure request checks: same-origin for mutating requests, the session cookie, and the headers every response carries.
import type { IncomingMessage, OutgoingHttpHeaders } from "node:http";
import { API_CSP } from "./csp";

export const SESSION_COOKIE = "swarmscope_session";
/** A share link's session has its own cookie, so opening a link never replaces the browser's own (signed-in or local) session. */
export const SHARE_COOKIE = "swarmscope_share";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isMutating(method: string | undefined): boolean {
  return MUTATING.has((method ?? "").toUpperCase());
}

/** False when an Origin header is present and is not this server (scheme + Host header); no Origin passes here. */
export function originAllowed(origin: string | undefined, host: string | undefined, https: boolean): boolean {
  if (origin === undefined) return true;
  if (!host) return false;
  return origin.toLowerCase() === `${https ? "https" : "http"}://${host}`.toLowerCase();
}

/** Whether the request arrived over TLS (directly or as said by a proxy's X-Forwarded-Proto). */
export function viaHttps(req: IncomingMessage): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  return (
    String(req.headers["x-forwarded-proto"] ?? "")
      .split(",")[0]
      .trim() === "https"
  );
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined; // malformed: no session
      }
    }
  }
  return undefined;
}

/** The Set-Cookie value for a session token (`name`: the user's session cookie unless a share link's). */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean, name: string = SESSION_COOKIE): string {
  return [`${name}=${token}`, "Path=/", "HttpOnly", "SameSite=Strict", `Max-Age=${maxAgeSeconds}`, ...(secure ? ["Secure"] : [])].join("; ");
}

/**
 * Sent on every response. The CSP here is the strict one for API answers (loads nothing, never framed); page
 * responses replace it with pageCsp() and a fresh nonce per request (server/auth/csp.ts, applied in app-server.ts).
 */
export const SECURITY_HEADERS: OutgoingHttpHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "content-security-policy": API_CSP,
};
