"use client";
// The projection theme: ?theme=light|dark when given (and then remembered by this screen's browser), else the remembered one, else dark.
import { useEffect, useSyncExternalStore } from "react";
import { isThemeName, type ThemeName } from "./theme";

const KEY = "swarmscope.present.theme";
const listeners = new Set<() => void>();

function remembered(): ThemeName {
  try {
    const value = window.localStorage.getItem(KEY);
    return isThemeName(value) ? value : "dark";
  } catch {
    return "dark";
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePresentTheme(asked: string | null): ThemeName {
  const stored = useSyncExternalStore(subscribe, remembered, () => "dark" as const);
  useEffect(() => {
    if (!isThemeName(asked)) return;
    try {
      window.localStorage.setItem(KEY, asked);
    } catch {
      // private mode: the URL still decides for this visit
    }
    for (const l of listeners) l();
  }, [asked]);
  return isThemeName(asked) ? asked : stored;
}
