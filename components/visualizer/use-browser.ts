"use client";
// Browser-only values as React state: a ticking clock and the reduced-motion preference (null/false while server rendering).
import { useSyncExternalStore } from "react";

function subscribeClock(onChange: () => void): () => void {
  const timer = setInterval(onChange, 1000);
  return () => clearInterval(timer);
}
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;

/** Now, in ms, updated every second; null during server rendering and hydration. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribeClock, currentSecond, () => null);
}

const REDUCED = "(prefers-reduced-motion: reduce)";

function subscribeMotion(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the user asked for reduced motion. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeMotion,
    () => window.matchMedia(REDUCED).matches,
    () => false,
  );
}
