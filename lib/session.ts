// What /api/v1/me answers, the badge's words for it, and where a sign-in may send the browser back to.
export type Me = { mode: "local"; user: null; role: "admin" } | { mode: "auth"; user: string; role: "viewer" | "operator" | "admin" };

export function sessionLabel(me: Me): string {
  return me.mode === "local" ? "Local mode (no sign-in; listening on 127.0.0.1 only)" : `Signed in as ${me.user} (${me.role})`;
}

/** Only a path on this server ("/x", never "//host" or "http://…"); anything else goes to the visualizer. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/login")) return "/";
  return next;
}

export function loginHref(current: string): string {
  return `/login?next=${encodeURIComponent(safeNext(current))}`;
}
