// A presentation: what the presenter steers on every /present screen following it (spotlight, stopped tasks, filter), its socket messages and who may steer.
import { z } from "zod";
import type { Role } from "./roles";

/** Steering a presentation needs this role, whichever door it comes through. */
export const PRESENT_ROLE: Role = "operator";
export const DEFAULT_PRESENTATION = "default";
/** At most this many presentations are kept in memory (the oldest is forgotten). */
export const MAX_PRESENTATIONS = 100;

export type SpotlightKind = "service" | "stack" | "node";

export interface PresenterState {
  /** Highlighted on every screen (the rest dimmed); null for none. */
  spotlight: { kind: SpotlightKind; name: string } | null;
  /** Show stopped tasks too. */
  history: boolean;
  /** The board filter: substring of service or stack name, exact service, exact stack. */
  q: string;
  service: string | null;
  stack: string | null;
}

export const NO_PRESENTER: PresenterState = { spotlight: null, history: false, q: "", service: null, stack: null };

const name = z.string().min(1).max(255);
export const presentationId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "letters, digits, - and _ (at most 40)");

export const presenterStateInput = z.strictObject({
  spotlight: z.strictObject({ kind: z.enum(["service", "stack", "node"]), name }).nullable(),
  history: z.boolean(),
  q: z.string().max(200),
  service: name.nullable(),
  stack: name.nullable(),
});

export const presentSetInput = z.strictObject({ presentation: presentationId, state: presenterStateInput });
export const presentFollowInput = z.strictObject({ presentation: presentationId });

/** What every screen following a presentation receives. */
export interface PresentStateMessage {
  presentation: string;
  state: PresenterState;
  /** Who set it (user name), null before anyone did. */
  by: string | null;
  at: string | null;
}

export type PresentSetAnswer = { ok: true } | { ok: false; error: string; field?: string };
