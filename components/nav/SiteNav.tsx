"use client";
// The small nav shared by every page: the links this session may use (none for a share link), who is signed in (or local mode), the light/dark switch and the shortcuts button.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { activeHref, navLinksFor } from "./nav-links";
import { ThemeToggle } from "@/components/theme/ThemeToggle";
import { SessionBadge } from "./SessionBadge";
import { OPEN_HELP_EVENT } from "./shortcuts";
import { useMe } from "./use-me";

export function SiteNav() {
  const links = navLinksFor(useMe());
  const active = activeHref(usePathname(), links);
  return (
    <nav data-testid="site-nav" aria-label="Swarmscope pages" className="flex flex-wrap items-center gap-1 text-sm">
      {links.map((link) => {
        const current = link.href === active;
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-2.5 py-1 ${current ? "bg-zinc-800 font-semibold text-zinc-50" : "text-zinc-400 hover:bg-zinc-900 hover:text-zinc-100"}`}
          >
            {link.label}
          </Link>
        );
      })}
      <SessionBadge />
      <ThemeToggle />
      <button
        type="button"
        data-testid="shortcuts-button"
        onClick={() => window.dispatchEvent(new Event(OPEN_HELP_EVENT))}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        className="grid h-6 w-6 place-items-center rounded-md text-sm font-semibold text-zinc-400 hover:bg-zinc-800 hover:text-zinc-50"
      >
        ?
      </button>
    </nav>
  );
}
