"use client";
// The small nav shared by every page: Visualizer, Networks, Topology, Containers, …, and who is signed in (or local mode).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { activeHref, NAV_LINKS } from "./nav-links";
import { SessionBadge } from "./SessionBadge";

export function SiteNav() {
  const active = activeHref(usePathname());
  return (
    <nav data-testid="site-nav" aria-label="Swarmscope pages" className="flex flex-wrap items-center gap-1 text-sm">
      {NAV_LINKS.map((link) => {
        const current = link.href === active;
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-2.5 py-1 ${current ? "bg-zinc-800 font-semibold text-white" : "text-zinc-400 hover:bg-zinc-900 hover:text-zinc-100"}`}
          >
            {link.label}
          </Link>
        );
      })}
      <SessionBadge />
    </nav>
  );
}
