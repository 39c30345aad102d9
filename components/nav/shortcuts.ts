// Keyboard shortcuts: a key (and the pending "g") plus the focused element's kind → the command to run; pure.
import { NAV_LINKS, type NavLink } from "./nav-links";

export type TargetKind = "typing" | "other";
export type Command = { kind: "focusFilter" } | { kind: "openHelp" } | { kind: "escape" } | { kind: "pendingGo" } | { kind: "go"; href: string } | { kind: "none" };

export interface KeyInput {
  key: string;
  ctrl?: boolean;
  meta?: boolean;
  alt?: boolean;
  target: TargetKind;
  /** True when the previous key was a lone "g". */
  pendingGo: boolean;
}

/** The letter after "g" for each page of the shared nav (one list: NAV_LINKS). */
const GO_LETTERS: Record<string, string> = {
  "/": "v",
  "/swarm": "s",
  "/networks": "n",
  "/topology": "t",
  "/timeline": "h",
  "/containers": "c",
  "/stacks": "k",
  "/secrets": "e",
  "/configs": "o",
  "/admin": "a",
};

export interface GoShortcut {
  letter: string;
  href: string;
  label: string;
}

/** The "g" shortcuts to `links` (the session's nav: navLinksFor), in the nav's order. */
export function goShortcutsFor(links: readonly NavLink[]): GoShortcut[] {
  return links.filter((l) => GO_LETTERS[l.href]).map((l) => ({ letter: GO_LETTERS[l.href], href: l.href, label: l.label }));
}

export const GO_SHORTCUTS: readonly GoShortcut[] = goShortcutsFor(NAV_LINKS);

/** The other shortcuts, as the help overlay lists them. */
export const OTHER_SHORTCUTS: readonly { keys: string; what: string }[] = [
  { keys: "/", what: "Focus the page's filter or search box" },
  { keys: "?", what: "Show this list of shortcuts" },
  { keys: "Esc", what: "Close this list, the action panel or a menu" },
  { keys: "← ↑ → ↓", what: "On the board: move between node columns and task cards" },
  { keys: "Enter", what: "On the board: open the focused node or task's service" },
];

/** The window event the nav's "?" button sends to open the list (KeyboardShortcuts listens). */
export const OPEN_HELP_EVENT = "swarmscope:shortcuts-help";

/** Input types that take no typed text: a key there is a shortcut. */
const NOT_TEXT = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"]);

/** What a focused element is for the shortcuts: "typing" where keys are text (fields, text areas, lists, editable content). */
export function targetKind(el: { tagName?: string; type?: string; isContentEditable?: boolean } | null): TargetKind {
  if (!el) return "other";
  if (el.isContentEditable) return "typing";
  const tag = el.tagName?.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return "typing";
  if (tag !== "INPUT") return "other";
  return NOT_TEXT.has((el.type ?? "text").toLowerCase()) ? "other" : "typing";
}

/** The command for one keydown; "g" goes only to the pages in `shortcuts` (default: every page of the nav). */
export function commandFor(input: KeyInput, shortcuts: readonly GoShortcut[] = GO_SHORTCUTS): Command {
  if (input.key === "Escape") return { kind: "escape" };
  if (input.ctrl || input.meta || input.alt || input.target === "typing") return { kind: "none" };
  if (input.pendingGo) {
    const go = shortcuts.find((g) => g.letter === input.key);
    return go ? { kind: "go", href: go.href } : { kind: "none" };
  }
  if (input.key === "/") return { kind: "focusFilter" };
  if (input.key === "?") return { kind: "openHelp" };
  if (input.key === "g") return { kind: "pendingGo" };
  return { kind: "none" };
}
