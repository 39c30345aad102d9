"use client";
// The set of task ids to leave off the board for now (see held-back.ts), re-rendering when the hold ends.
import { useEffect, useMemo, useReducer, useRef } from "react";
import type { TaskView } from "@/lib/model-types";
import { heldBackTasks } from "./held-back";

const NONE: ReadonlySet<string> = new Set();

export function useHeldBack(tasks: Record<string, TaskView> | undefined): ReadonlySet<string> {
  const firstSeen = useRef(new Map<string, number>());
  const [tick, wake] = useReducer((n: number) => n + 1, 0);
  // Stamping first-seen times during render is idempotent (a second render sees the same stamps).
  const { held, wakeAt } = useMemo(
    () => (tasks ? heldBackTasks(Object.values(tasks), firstSeen.current, Date.now()) : { held: new Set<string>(), wakeAt: null }),
    // tick: re-evaluate when a hold runs out even if the tasks did not change.
    [tasks, tick],
  );
  useEffect(() => {
    if (wakeAt === null) return;
    const timer = setTimeout(wake, Math.max(0, wakeAt - Date.now()) + 5);
    return () => clearTimeout(timer);
  }, [wakeAt]);
  const key = [...held].sort().join(",");
  return useMemo(() => (key === "" ? NONE : new Set(key.split(","))), [key]);
}
