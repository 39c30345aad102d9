"use client";
// The window's inner size as React state (1280×720 while server rendering), for fitting the projection board.
import { useSyncExternalStore } from "react";

function subscribe(listener: () => void): () => void {
  window.addEventListener("resize", listener);
  return () => window.removeEventListener("resize", listener);
}
const SERVER = "1280x720";
const size = () => `${window.innerWidth}x${window.innerHeight}`;

export function useViewport(): { width: number; height: number } {
  const [width, height] = useSyncExternalStore(subscribe, size, () => SERVER)
    .split("x")
    .map(Number);
  return { width, height };
}
