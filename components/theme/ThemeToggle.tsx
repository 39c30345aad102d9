"use client";
// The header's light/dark switch: shows the theme the page has and switches to the other, remembered in this browser.
import { chooseTheme, useTheme } from "./use-theme";

export function ThemeToggle() {
  const theme = useTheme();
  const next = theme === "light" ? "dark" : "light";
  return (
    <button
      type="button"
      data-testid="theme-toggle"
      data-theme-now={theme ?? undefined}
      onClick={() => chooseTheme(next)}
      aria-label={`Switch to the ${next} theme`}
      title={`Switch to the ${next} theme`}
      className="grid h-6 w-6 place-items-center rounded-md text-sm text-zinc-400 hover:bg-zinc-800 hover:text-zinc-50"
    >
      <span aria-hidden="true">{theme === "light" ? "☾" : "☀"}</span>
    </button>
  );
}
