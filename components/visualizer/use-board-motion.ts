"use client";
// A board's share of card motion (the operator board and /present): remember every card's place after each commit, animate only once the first state is on screen.
import { type RefObject, useEffect, useLayoutEffect } from "react";
import { GHOST_MS, recordBoxes, setMotionArmed } from "./motion";
import { useReducedMotion } from "./use-browser";

/** Returns how long leaving cards stay as ghosts (0 with reduced motion). */
export function useBoardMotion(ref: RefObject<HTMLElement | null>): number {
  const reducedMotion = useReducedMotion();
  // After every commit (children's effects have run): remember where each card is, for the next change.
  useLayoutEffect(() => {
    if (ref.current) recordBoxes(ref.current);
  });
  useEffect(() => {
    setMotionArmed(true);
    return () => setMotionArmed(false);
  }, []);
  return reducedMotion ? 0 : GHOST_MS;
}
