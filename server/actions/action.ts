// The shape every action shares: validated input → engine call → a report of what did and did not happen.
import type { z } from "zod";
import type { ActionReport } from "../../lib/action-types";
import type { ClusterState } from "../../lib/model-types";

export type { ActionReport };
import type { EngineClient } from "../engine/client";
import type { Role } from "../auth/roles";
import type { LastChange } from "./last-change";
import type { RunPolicy } from "../auth/run-policy";

export interface ActionContext {
  engine: EngineClient;
  /** The live model as the action starts (for names, counts and previews; the engine stays the truth). */
  view: ClusterState;
  /** Tell the watcher something is about to change, so it polls fast. */
  nudge(): void;
  /** Tell the watcher the swarm object changed (the engine sends no event for it), so it reads it at once. */
  swarmChanged(): void;
  /** Who last changed this object through Swarmscope, and when (null: not since this server started). */
  lastChange(objectId: string): LastChange | null;
  /** The caller's role and the bind allow-list: what the service may ask of its node (server/auth/run-policy.ts). */
  policy: RunPolicy;
}

export interface Action<S extends z.ZodType> {
  name: string;
  /** The least role that may run it: operator for service/stack/network/secret/config work and availability, admin for the swarm's membership. */
  role: Role;
  method: "POST" | "DELETE";
  /** Route, with :id for the target. */
  path: string;
  input: S;
  run(input: z.infer<S>, ctx: ActionContext): Promise<ActionReport>;
}

/** A refusal or failure with its HTTP status and, where one is to blame, the input field. */
export class ActionError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly report?: Partial<ActionReport> & { rule?: string },
  ) {
    super(message);
  }
}

export function defineAction<S extends z.ZodType>(action: Action<S>): Action<S> {
  return action;
}
