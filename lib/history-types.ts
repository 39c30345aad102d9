// What the history routes answer (GET /api/v1/timeline, /api/v1/cluster?at=, task and service history); documented in docs/api.md#history.
import type { NarrationKind } from "./narration/narrate";
import type { TaskState } from "./engine-types";
import type { Snapshot } from "./model-types";

/** A timeline entry's kind: one of the narrator's, a dashboard action, an engine event, or a time Swarmscope was not running. */
export type TimelineKind = NarrationKind | "action" | "engine-event" | "gap";

export const TIMELINE_KINDS: readonly TimelineKind[] = [
  "service-created",
  "service-scaled",
  "service-updating",
  "service-updated",
  "service-rollback",
  "service-removed",
  "task-failed",
  "node-drained",
  "node-paused",
  "node-active",
  "node-down",
  "node-up",
  "node-joined",
  "node-left",
  "leader",
  "stack-deployed",
  "stack-removed",
  "action",
  "engine-event",
  "gap",
];

/** What an entry is about, by name (services and stacks by name, nodes by hostname, tasks by ID). */
export interface TimelineObjects {
  services: string[];
  nodes: string[];
  tasks: string[];
  stacks: string[];
}

/** Who did it, for dashboard actions (as the audit log has it; never secret values). */
export interface TimelineActor {
  user: string;
  role: string;
  action: string;
  result: "ok" | "error";
  status: number;
}

export interface TimelineEntry {
  /** Stable ID of the entry. */
  id: string;
  /** When it happened (ISO): the first change of a narrated sentence, an action's completion, a gap's start. */
  at: string;
  /** A sentence revised later ("updating — 1 of 3 done" → "updated") or a gap: when it ended; else null. */
  until: string | null;
  kind: TimelineKind;
  sentence: string;
  objects: TimelineObjects;
  actor?: TimelineActor;
}

/** GET /api/v1/timeline */
export interface TimelinePage {
  /** Newest first. */
  entries: TimelineEntry[];
  /** Pass as `before` for the next (older) page; null when this page is the last. */
  next: string | null;
  /** The oldest moment still kept (ISO), null when nothing is recorded yet. */
  oldest: string | null;
}

/** GET /api/v1/cluster?at=… : the snapshot as it was then. */
export interface ReplaySnapshot extends Snapshot {
  replay: true;
  /** The time of the last recorded change at or before `at` (ISO). */
  recordedAt: string;
}

/** GET /api/v1/tasks/:id/history */
export interface TaskHistory {
  task: { id: string; serviceId: string; serviceName: string | null; slot: number | null };
  /** Oldest first: one entry whenever the state, desired state, node, message or error changed. */
  states: {
    at: string;
    state: TaskState;
    desiredState: TaskState;
    message: string | null;
    error: string | null;
    exitCode: number | null;
    nodeId: string | null;
    node: string | null;
  }[];
}

/** What changed in a service's spec (the model's view of it): field, before, after. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** GET /api/v1/services/:id/history */
export interface ServiceHistory {
  service: { id: string; name: string };
  /** Oldest first. */
  changes: {
    at: string;
    kind: "created" | "changed" | "update" | "removed";
    /** The service's spec version (Version.Index) after the change. */
    version: number | null;
    fields: FieldChange[];
    /** For kind "update": UpdateStatus as it became. */
    update: { state: string; message: string | null } | null;
    /** The dashboard action that made it, when it was us (the last action on this service within 60 s before). */
    by: { user: string; role: string; action: string; result: "ok" | "error" } | null;
  }[];
}

/** The one error shape of a refused history request (like every route's), with the gap when `at` falls in one. */
export interface HistoryError {
  error: string;
  field?: string;
  gap?: { from: string; to: string };
}

export type { Snapshot };
