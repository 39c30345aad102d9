// Table of key sequences → commands for components/nav/shortcuts.ts.
import { describe, expect, it } from "vitest";
import { navLinksFor } from "./nav-links";
import { commandFor, GO_SHORTCUTS, goShortcutsFor, type KeyInput, targetKind } from "./shortcuts";
import type { Me } from "@/lib/session";

const base: KeyInput = { key: "", target: "other", pendingGo: false };

describe("commandFor", () => {
  it.each<[Partial<KeyInput>, unknown]>([
    [{ key: "/" }, { kind: "focusFilter" }],
    [{ key: "?" }, { kind: "openHelp" }],
    [{ key: "g" }, { kind: "pendingGo" }],
    [
      { key: "n", pendingGo: true },
      { kind: "go", href: "/networks" },
    ],
    [
      { key: "v", pendingGo: true },
      { kind: "go", href: "/" },
    ],
    [
      { key: "a", pendingGo: true },
      { kind: "go", href: "/admin" },
    ],
    [{ key: "x", pendingGo: true }, { kind: "none" }],
    [{ key: "n" }, { kind: "none" }],
    [{ key: "/", target: "typing" }, { kind: "none" }],
    [{ key: "g", target: "typing" }, { kind: "none" }],
    [{ key: "Escape", target: "typing" }, { kind: "escape" }],
    [{ key: "/", ctrl: true }, { kind: "none" }],
    [{ key: "g", meta: true }, { kind: "none" }],
    [{ key: "n", pendingGo: true, alt: true }, { kind: "none" }],
  ])("%o → %o", (input, expected) => {
    expect(commandFor({ ...base, ...input })).toEqual(expected);
  });

  it("has one go letter per page, all distinct", () => {
    expect(GO_SHORTCUTS).toHaveLength(10);
    expect(new Set(GO_SHORTCUTS.map((g) => g.letter)).size).toBe(10);
  });
});

describe("the go shortcuts of a session", () => {
  const viewer: Me = { mode: "auth", user: "vera", role: "viewer" };
  const share: Me = { mode: "share", user: null, role: "viewer", share: { id: "s1", label: "room", expiresAt: null } };

  it("leave out the pages the session's nav leaves out, and go nowhere with their letters", () => {
    const go = goShortcutsFor(navLinksFor(viewer));
    expect(go.map((g) => g.href)).not.toContain("/admin");
    expect(go.map((g) => g.href)).toContain("/networks");
    expect(commandFor({ ...base, key: "a", pendingGo: true }, go)).toEqual({ kind: "none" });
    expect(commandFor({ ...base, key: "n", pendingGo: true }, go)).toEqual({ kind: "go", href: "/networks" });
    expect(commandFor({ ...base, key: "h", pendingGo: true }, go)).toEqual({ kind: "go", href: "/timeline" });
  });

  it("are none for a share link, whose nav has no pages", () => {
    const go = goShortcutsFor(navLinksFor(share));
    expect(go).toEqual([]);
    expect(commandFor({ ...base, key: "v", pendingGo: true }, go)).toEqual({ kind: "none" });
  });
});

describe("targetKind", () => {
  it.each<[Parameters<typeof targetKind>[0], string]>([
    [null, "other"],
    [{ tagName: "BODY" }, "other"],
    [{ tagName: "BUTTON", type: "button" }, "other"],
    [{ tagName: "A" }, "other"],
    [{ tagName: "INPUT", type: "text" }, "typing"],
    [{ tagName: "INPUT", type: "search" }, "typing"],
    [{ tagName: "INPUT", type: "password" }, "typing"],
    [{ tagName: "INPUT", type: "number" }, "typing"],
    [{ tagName: "INPUT" }, "typing"],
    [{ tagName: "input", type: "TEXT" }, "typing"],
    [{ tagName: "INPUT", type: "checkbox" }, "other"],
    [{ tagName: "INPUT", type: "radio" }, "other"],
    [{ tagName: "INPUT", type: "range" }, "other"],
    [{ tagName: "TEXTAREA" }, "typing"],
    [{ tagName: "SELECT" }, "typing"],
    [{ tagName: "DIV", isContentEditable: true }, "typing"],
  ])("%o → %s", (el, kind) => {
    expect(targetKind(el)).toBe(kind);
  });
});
