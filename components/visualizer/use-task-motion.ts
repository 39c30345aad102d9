"use client";
// Wires one task card into the board's motion: fade/fly in on mount, glow when its state changes, remember its place when it leaves or is replaced.
import { type RefObject, useLayoutEffect, useRef } from "react";
import type { TaskView } from "@/lib/model-types";
import { cardHandedOff, cardMounted, cardUnmounted, glow } from "./motion";

export function useTaskMotion(ref: RefObject<HTMLElement | null>, task: TaskView, leaving: boolean, stopping: boolean): void {
  // Mount/unmount only: the task's id, service and slot never change for a card (cards are keyed by task id).
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) cardMounted(task, el);
    return () => cardUnmounted(task);
  }, []);

  useLayoutEffect(() => {
    if (leaving || stopping) cardHandedOff(task);
  }, [leaving, stopping]);

  const lastState = useRef(task.state);
  useLayoutEffect(() => {
    if (lastState.current === task.state) return;
    lastState.current = task.state;
    if (ref.current && !leaving) glow(ref.current);
  }, [task.state]);
}
