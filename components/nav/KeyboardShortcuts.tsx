"use client";
// The keyboard shortcuts of every page (mounted once by app/layout.tsx): each keydown through shortcuts.ts, then focus the page's
// search box, go to a page, or open / close the help overlay.
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { navLinksFor } from "./nav-links";
import { commandFor, goShortcutsFor, OPEN_HELP_EVENT, targetKind } from "./shortcuts";
import { ShortcutsHelp } from "./ShortcutsHelp";
import { useMe } from "./use-me";

/** The attribute a page's search or filter box carries for "/" (components/ui/TextBox puts it on every type="search" box). */
export const SEARCH_SELECTOR = '[data-shortcut="search"]';

/** The first visible search box of the page. */
function searchBox(): HTMLElement | null {
  return [...document.querySelectorAll<HTMLElement>(SEARCH_SELECTOR)].find((el) => el.offsetParent !== null || el.getClientRects().length > 0) ?? null;
}

export function KeyboardShortcuts() {
  const router = useRouter();
  const pathname = usePathname();
  const me = useMe();
  const go = useMemo(() => goShortcutsFor(navLinksFor(me)), [me]);
  const [help, setHelp] = useState(false);
  const pendingGo = useRef(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const command = commandFor(
        { key: e.key, ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey, target: targetKind(document.activeElement as HTMLElement | null), pendingGo: pendingGo.current },
        go,
      );
      pendingGo.current = command.kind === "pendingGo";
      switch (command.kind) {
        case "focusFilter": {
          const box = searchBox();
          if (!box) return;
          e.preventDefault(); // the "/" is not typed into the box
          setHelp(false);
          box.focus();
          return;
        }
        case "openHelp":
          e.preventDefault();
          setHelp(true);
          return;
        case "go":
          e.preventDefault();
          setHelp(false);
          if (command.href !== pathname) router.push(command.href);
          return;
        case "escape":
          setHelp(false);
          return;
      }
    };
    const onHelpButton = () => setHelp(true);
    window.addEventListener("keydown", onKey);
    window.addEventListener(OPEN_HELP_EVENT, onHelpButton);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener(OPEN_HELP_EVENT, onHelpButton);
    };
  }, [go, pathname, router]);

  return help ? <ShortcutsHelp go={go} onClose={() => setHelp(false)} /> : null;
}
