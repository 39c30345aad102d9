// The shape every action shares: validated input → engine call → a report of what did and did not happen.
import type { z } from "zod";
import type { ActionReport } from "../../lib/action-types";
import type { ClusterState } from "../../lib/model-types";

export type { ActionReport };
import type { EngineClient } from "../engine/client";
import type { ActionContract } from "../../lib/actions/contract";
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

/** What a run found and did; the wrapper (http/action-route.ts) adds what every report shares: ok, the action's name, notDone, the CLI. */
export interface ActionOutcome {
  message: string;
  target: ActionReport["target"];
  done: string[];
  warnings?: string[];
  replaced?: ActionReport["replaced"];
  /** Only when the CLI's words depend on what the run found (names for the IDs it was given); else the contract's cli. */
  cli?: string;
}

/** A contract (lib/actions) and the code that runs it: validate further, call the engine, say what happened. */
export interface Action<S extends z.ZodType> extends ActionContract<S> {
  run(input: z.infer<S>, ctx: ActionContext): Promise<ActionOutcome>;
}

/** The report of a run that succeeded. */
export function successReport<S extends z.ZodType>(action: Action<S>, input: z.infer<S>, outcome: ActionOutcome): ActionReport {
  const { cli, warnings, replaced, ...rest } = outcome;
  return {
    ok: true,
    action: action.name,
    cli: cli ?? action.cli(input, outcome.target?.name ?? ""),
    ...rest,
    notDone: [],
    warnings: warnings ?? [],
    ...(replaced ? { replaced } : {}),
  };
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

export function defineAction<S extends z.ZodType>(contract: ActionContract<S>, code: Pick<Action<S>, "run">): Action<S> {
  return { ...contract, run: code.run };
}
