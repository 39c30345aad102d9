// The pages the shared nav links to (by the session's role), and which one a path belongs to; pure.
import type { Me } from "@/lib/session";
import { allows, type Control } from "./permissions";

export interface NavLink {
  href: string;
  label: string;
  /** Shown only to sessions allowed this control (a page that is only a form for it). */
  need?: Control;
}

export const NAV_LINKS: readonly NavLink[] = [
  { href: "/", label: "Visualizer" },
  { href: "/swarm", label: "Swarm" },
  { href: "/networks", label: "Networks" },
  { href: "/topology", label: "Topology" },
  { href: "/timeline", label: "Timeline" },
  { href: "/containers", label: "Containers" },
  { href: "/stacks", label: "Stacks" },
  { href: "/secrets", label: "Secrets" },
  { href: "/configs", label: "Configs" },
  { href: "/services/new", label: "New service", need: "createService" },
  { href: "/admin", label: "Admin", need: "admin" },
];

/**
 * The links a session sees: those needing no control (also while /me is unanswered, so the nav works if it fails),
 * plus the ones its role allows; none for a share session (a projection screen: brand and the share badge only).
 */
export function navLinksFor(me: Me | null, links: readonly NavLink[] = NAV_LINKS): NavLink[] {
  if (me?.mode === "share") return [];
  return links.filter((l) => !l.need || allows(me, l.need));
}

/** The link a path falls under ("/networks/abc" → "/networks"); "/" only for itself. */
export function activeHref(pathname: string | null, links: readonly NavLink[] = NAV_LINKS): string | null {
  if (!pathname) return null;
  const match = links
    .filter((l) => (l.href === "/" ? pathname === "/" : pathname === l.href || pathname.startsWith(`${l.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return match?.href ?? null;
}
