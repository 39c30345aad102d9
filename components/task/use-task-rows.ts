"use client";
// The rows of `docker service ps` / `docker node ps` for the tasks `pick` keeps, live from the model, ages ticking every second.
import { useMemo } from "react";
import type { ClusterState, TaskView } from "@/lib/model-types";
import { useNow } from "@/components/visualizer/use-browser";
import { buildTaskRows, type TaskRow } from "./task-rows";

/** `pick` must be stable (memoised) or the rows are rebuilt on every render; null rows until the browser clock is known. */
export function useTaskRows(cluster: ClusterState | null, pick: (task: TaskView) => boolean): TaskRow[] | null {
  const now = useNow();
  const tasks = cluster?.tasks;
  const picked = useMemo(() => (tasks ? Object.values(tasks).filter(pick) : []), [tasks, pick]);
  const services = cluster?.services;
  const nodes = cluster?.nodes;
  return useMemo(() => (now === null || !services || !nodes ? null : buildTaskRows(picked, { services, nodes, now })), [picked, services, nodes, now]);
}
