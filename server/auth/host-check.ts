// DNS rebinding: a request (or socket handshake) is served only when its Host header names this server.
import { isIP } from "node:net";
import { isLoopback } from "./listen-rule";

/**
 * A page on `rebind.example` whose name later resolves to 127.0.0.1 talks to us same-origin, cookies and local
 * mode included; its requests carry `Host: rebind.example`. So names are allowed only when they are ours:
 * localhost and *.localhost (browsers resolve those to loopback themselves), the listen address, the host of
 * SWARMSCOPE_PUBLIC_URL and every name in SWARMSCOPE_ALLOWED_HOSTS. An IP literal is always allowed: a
 * browser sends `Host: 10.0.0.5` only to a page whose origin is that address, so it cannot be rebound (and a
 * swarm service is reached at any node's address through the routing mesh).
 */
export interface HostRule {
  names: Set<string>;
}

/** "Example.COM.:3000" → "example.com"; "[::1]:3000" → "::1"; null for an empty or unparsable header. */
export function hostName(header: string | undefined): string | null {
  const h = (header ?? "").trim().toLowerCase();
  if (!h) return null;
  if (h.startsWith("[")) {
    const end = h.indexOf("]");
    return end > 1 ? h.slice(1, end) : null;
  }
  const colon = h.indexOf(":");
  const name = (colon === -1 ? h : h.slice(0, colon)).replace(/\.$/, "");
  return name || null;
}

/** Names from SWARMSCOPE_ALLOWED_HOSTS (comma-separated, ports ignored), SWARMSCOPE_PUBLIC_URL's host and the listen host. */
export function hostRule(opts: { listenHost: string; allowed?: string[]; publicUrl?: string | null }): HostRule {
  const names = new Set<string>();
  for (const entry of [opts.listenHost, ...(opts.allowed ?? [])]) {
    const name = hostName(entry);
    if (name && name !== "0.0.0.0" && name !== "::") names.add(name);
  }
  if (opts.publicUrl) names.add(new URL(opts.publicUrl).hostname.toLowerCase().replace(/^\[|\]$/g, ""));
  return { names };
}

/** Why a request with this Host header is refused, or null when it is ours. */
export function hostProblem(header: string | undefined, rule: HostRule): string | null {
  const name = hostName(header);
  if (name === null) return "the request has no Host header";
  if (isIP(name) !== 0 || isLoopback(name) || name.endsWith(".localhost") || rule.names.has(name)) return null;
  return `Host "${name}" is not a name this server answers to (DNS rebinding protection); add it to SWARMSCOPE_ALLOWED_HOSTS if it is yours`;
}
