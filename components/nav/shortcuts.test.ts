// Table of key sequences → commands for components/nav/shortcuts.ts.
import { describe, expect, it } from "vitest";
import { commandFor, GO_SHORTCUTS, type KeyInput } from "./shortcuts";

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
    expect(GO_SHORTCUTS).toHaveLength(9);
    expect(new Set(GO_SHORTCUTS.map((g) => g.letter)).size).toBe(9);
  });
});
