// The pages the shared nav links to, and which one a path belongs to; pure.
export interface NavLink {
  href: string;
  label: string;
}

export const NAV_LINKS: readonly NavLink[] = [
  { href: "/", label: "Visualizer" },
  { href: "/swarm", label: "Swarm" },
  { href: "/networks", label: "Networks" },
  { href: "/topology", label: "Topology" },
  { href: "/containers", label: "Containers" },
  { href: "/stacks", label: "Stacks" },
  { href: "/secrets", label: "Secrets" },
  { href: "/configs", label: "Configs" },
  { href: "/services/new", label: "New service" },
];

/** The link a path falls under ("/networks/abc" → "/networks"); "/" only for itself. */
export function activeHref(pathname: string | null, links: readonly NavLink[] = NAV_LINKS): string | null {
  if (!pathname) return null;
  const match = links
    .filter((l) => (l.href === "/" ? pathname === "/" : pathname === l.href || pathname.startsWith(`${l.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return match?.href ?? null;
}
