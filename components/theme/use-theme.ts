"use client";
// The page's theme as React state: what <html> carries (set before paint by THEME_SCRIPT), the user's choice (stored), and the system's while there is none.
import { useSyncExternalStore } from "react";
import { applyTheme, DARK_QUERY, isThemeChoice, resolveTheme, type Theme, THEME_KEY } from "./theme";

const listeners = new Set<() => void>();

function stored(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null; // storage blocked: no choice, and none remembered
  }
}

function current(): Theme {
  return document.documentElement.classList.contains("light") ? "light" : "dark";
}

function set(theme: Theme): void {
  applyTheme(document.documentElement, theme);
  for (const l of listeners) l();
}

/** While the user has made no choice, the page follows the system's changes. */
function onSystemChange(e: MediaQueryListEvent): void {
  set(resolveTheme(stored(), e.matches));
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.matchMedia(DARK_QUERY).addEventListener("change", onSystemChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.matchMedia(DARK_QUERY).removeEventListener("change", onSystemChange);
  };
}

/** Applies and remembers the user's choice. */
export function chooseTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // storage blocked: the choice holds for this page only
  }
  set(theme);
}

/** Forgets the user's choice: the page follows the system's theme again. */
export function forgetThemeChoice(): void {
  try {
    localStorage.removeItem(THEME_KEY);
  } catch {
    // storage blocked: nothing was remembered
  }
  set(resolveTheme(null, window.matchMedia(DARK_QUERY).matches));
}

/** Has the user chosen a theme (false: the page follows the system; also on the server's render)? */
export function useThemeChosen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isThemeChoice(stored()),
    () => false,
  );
}

/** The theme on the page, or null on the server's render (unknown until the browser's script ran). */
export function useTheme(): Theme | null {
  return useSyncExternalStore(subscribe, current, () => null);
}
