"use client";
// The header's light/dark switch: shows the theme the page has and switches to the other, remembered in this browser; once chosen, "auto" follows the system again.
import { chooseTheme, forgetThemeChoice, useTheme, useThemeChosen } from "./use-theme";

const ICON_BUTTON = "grid h-6 min-w-6 place-items-center rounded-md px-1 text-sm text-zinc-400 hover:bg-zinc-800 hover:text-zinc-50";

export function ThemeToggle() {
  const theme = useTheme();
  const chosen = useThemeChosen();
  const next = theme === "light" ? "dark" : "light";
  return (
    <>
      <button
        type="button"
        data-testid="theme-toggle"
        data-theme-now={theme ?? undefined}
        onClick={() => chooseTheme(next)}
        aria-label={`Switch to the ${next} theme`}
        title={`Switch to the ${next} theme`}
        className={ICON_BUTTON}
      >
        <span aria-hidden="true">{theme === "light" ? "☾" : "☀"}</span>
      </button>
      {chosen && (
        <button
          type="button"
          data-testid="theme-follow-system"
          onClick={forgetThemeChoice}
          aria-label="Follow the system's theme again"
          title="Follow the system's light or dark setting again (forget this browser's choice)"
          className={`${ICON_BUTTON} text-[10px] font-semibold uppercase tracking-wide`}
        >
          auto
        </button>
      )}
    </>
  );
}
