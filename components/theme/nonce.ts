// The script nonce of a page's Content-Security-Policy (the request header server/auth/csp.ts sets), for the scripts a page renders itself.
const NONCE = /'nonce-([A-Za-z0-9+/]+={0,2})'/;

/** The nonce in the policy's script-src, or undefined (no policy: the dev server without the app server, tests). */
export function cspNonce(csp: string | null | undefined): string | undefined {
  const scriptSrc = csp
    ?.split(";")
    .map((d) => d.trim())
    .find((d) => d.toLowerCase().startsWith("script-src "));
  return scriptSrc ? NONCE.exec(scriptSrc)?.[1] : undefined;
}
