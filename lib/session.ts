// What /api/v1/me answers, the badge's words for it, and where a sign-in may send the browser back to.
export type Role = "viewer" | "operator" | "admin";

/** A read-only share link's session (projection screens): a viewer with no controls. */
export interface ShareInfo {
  id: string;
  label: string;
  /** ISO time the link stops working; null = until revoked. */
  expiresAt: string | null;
}

export type Me = { mode: "local"; user: null; role: "admin" } | { mode: "auth"; user: string; role: Role } | { mode: "share"; user: null; role: "viewer"; share: ShareInfo };

const ROLE_ORDER: Role[] = ["viewer", "operator", "admin"];

/** Whether this session may use controls that need `need` (share sessions never get controls). */
export function canAct(me: Me | null, need: Role): boolean {
  if (!me || me.mode === "share") return false;
  return ROLE_ORDER.indexOf(me.role) >= ROLE_ORDER.indexOf(need);
}

export function sessionLabel(me: Me): string {
  if (me.mode === "local") return "Local mode (no sign-in; listening on 127.0.0.1 only)";
  if (me.mode === "share") return `Shared view: ${me.share.label} (read-only)`;
  return `Signed in as ${me.user} (${me.role})`;
}

/** Only a path on this server ("/x", never "//host" or "http://…"); anything else goes to the visualizer. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/login")) return "/";
  return next;
}

export function loginHref(current: string): string {
  return `/login?next=${encodeURIComponent(safeNext(current))}`;
}
