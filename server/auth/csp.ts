// Content-Security-Policy values: the per-request page policy carrying Next's script nonce, and the strict one for API answers.
import { randomBytes } from "node:crypto";

/** For JSON and other non-page answers: nothing may load, nothing may frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const BASE64 = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/** 16 random bytes, base64: a fresh one for every page request. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The policy for a page rendered with `nonce`. Scripts run only from this server's files ('self': Next's chunks, its
 * runtime loads more of them) or inline with the nonce (Next puts it on every script it renders when it finds it in
 * the request's content-security-policy header); any other inline script, inline handler, eval or foreign script is
 * refused. No 'strict-dynamic': Chromium lets it run every script inserted from script (inline text or any src, e.g.
 * data:), which would let a DOM injection run code. Styles may be inline (React style attributes). Same-origin
 * connections only: 'self' covers the same-origin socket.io websocket (CSP3). Dev mode adds 'unsafe-eval' (React's
 * dev tooling uses eval); production never has it.
 */
export function pageCsp(nonce: string, opts: { dev: boolean }): string {
  if (!BASE64.test(nonce)) throw new Error("CSP nonce must be base64 (at least 16 characters)");
  const script = ["'self'", `'nonce-${nonce}'`, ...(opts.dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
