// Keyboard shortcuts: a key (and the pending "g") plus the focused element's kind → the command to run; pure.
import { NAV_LINKS } from "./nav-links";

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
  "/containers": "c",
  "/stacks": "k",
  "/secrets": "e",
  "/configs": "o",
  "/admin": "a",
};

export const GO_SHORTCUTS: readonly { letter: string; href: string; label: string }[] = NAV_LINKS.filter((l) => GO_LETTERS[l.href]).map((l) => ({
  letter: GO_LETTERS[l.href],
  href: l.href,
  label: l.label,
}));

/** The command for one keydown. */
export function commandFor(input: KeyInput): Command {
  if (input.key === "Escape") return { kind: "escape" };
  if (input.ctrl || input.meta || input.alt || input.target === "typing") return { kind: "none" };
  if (input.pendingGo) {
    const go = GO_SHORTCUTS.find((g) => g.letter === input.key);
    return go ? { kind: "go", href: go.href } : { kind: "none" };
  }
  if (input.key === "/") return { kind: "focusFilter" };
  if (input.key === "?") return { kind: "openHelp" };
  if (input.key === "g") return { kind: "pendingGo" };
  return { kind: "none" };
}
