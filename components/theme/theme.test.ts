// The theme's choice rule, and the inline script of <head> agreeing with it for every stored value and system preference.
import { describe, expect, it } from "vitest";
import { applyTheme, resolveTheme, THEME_KEY, THEME_SCRIPT } from "./theme";

/** A root element's classes, as a set. */
function fakeRoot(initial: string[] = []) {
  const classes = new Set(initial);
  return {
    classes,
    classList: {
      add: (...t: string[]) => t.forEach((c) => classes.add(c)),
      remove: (...t: string[]) => t.forEach((c) => classes.delete(c)),
    },
  };
}

/** Runs THEME_SCRIPT with a storage holding `stored` (or throwing) and a system preferring dark or not; the root's classes after. */
function runScript(stored: string | null | "throws", prefersDark: boolean, initial: string[] = []): Set<string> {
  const root = fakeRoot(initial);
  const asked: string[] = [];
  const localStorage = {
    getItem(key: string) {
      asked.push(key);
      if (stored === "throws") throw new Error("SecurityError");
      return stored;
    },
  };
  const matchMedia = (q: string) => ({ matches: q === "(prefers-color-scheme: dark)" && prefersDark });
  new Function("localStorage", "matchMedia", "document", THEME_SCRIPT)(localStorage, matchMedia, { documentElement: root });
  expect(asked).toEqual([THEME_KEY]);
  return root.classes;
}

describe("resolveTheme", () => {
  it.each<[string | null, boolean, string]>([
    [null, true, "dark"],
    [null, false, "light"],
    ["dark", false, "dark"],
    ["light", true, "light"],
    ["purple", true, "dark"],
    ["purple", false, "light"],
    ["", false, "light"],
  ])("stored %o, system dark %o → %s", (stored, prefersDark, theme) => {
    expect(resolveTheme(stored, prefersDark)).toBe(theme);
  });
});

describe("THEME_SCRIPT", () => {
  it.each<[string | null, boolean]>([
    [null, true],
    [null, false],
    ["dark", false],
    ["light", true],
    ["LIGHT", true],
    ["<script>", false],
  ])("stored %o, system dark %o: the same class as resolveTheme + applyTheme", (stored, prefersDark) => {
    const root = fakeRoot(["light", "dark", "other"]);
    applyTheme(root, resolveTheme(stored, prefersDark));
    expect(runScript(stored, prefersDark, ["light", "dark", "other"])).toEqual(root.classes);
    expect(root.classes.has("other")).toBe(true);
    expect(root.classes.has("light") !== root.classes.has("dark")).toBe(true);
  });

  it("follows the system when the storage throws", () => {
    expect([...runScript("throws", false)]).toEqual(["light"]);
    expect([...runScript("throws", true)]).toEqual(["dark"]);
  });
});
