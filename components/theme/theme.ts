// The light/dark theme: its stored choice, the class it puts on <html>, and the inline script that puts it there before the first paint.
export type Theme = "light" | "dark";

/** The localStorage key of the user's choice (absent: follow the system's prefers-color-scheme). */
export const THEME_KEY = "swarmscope-theme";

export const DARK_QUERY = "(prefers-color-scheme: dark)";

/** Is a stored value a choice of theme (anything else counts as none)? */
export function isThemeChoice(stored: string | null): stored is Theme {
  return stored === "light" || stored === "dark";
}

/** The stored choice if it is one, else what the system prefers. */
export function resolveTheme(stored: string | null, prefersDark: boolean): Theme {
  if (isThemeChoice(stored)) return stored;
  return prefersDark ? "dark" : "light";
}

/** Puts `theme` on the root element: the class app/theme.css keys on (and, through it, color-scheme). */
export function applyTheme(root: { classList: { remove(...t: string[]): void; add(...t: string[]): void } }, theme: Theme): void {
  root.classList.remove("light", "dark");
  root.classList.add(theme);
}

/**
 * Runs in <head> before anything paints (app/layout.tsx, with the page's CSP nonce): the same two steps as resolveTheme
 * and applyTheme, written out because nothing is loaded yet. A storage that throws (blocked cookies) counts as no choice.
 * components/theme/theme.test.ts runs it against both functions.
 */
export const THEME_SCRIPT = `(function(){var s=null;try{s=localStorage.getItem(${JSON.stringify(THEME_KEY)})}catch(e){}var t=s==="light"||s==="dark"?s:matchMedia(${JSON.stringify(DARK_QUERY)}).matches?"dark":"light";var c=document.documentElement.classList;c.remove("light","dark");c.add(t)})()`;
