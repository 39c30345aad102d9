// The words a progress panel prints for each phase and for the engine's UpdateStatus, like the docker CLI's last lines; pure.
import type { ServiceView } from "@/lib/model-types";
import type { FollowPhase } from "../service/follow-service";

export interface PhaseContext {
  steady: boolean;
  steadySeconds: number | null;
  monitorSeconds: number;
}

export function phaseWords(phase: FollowPhase, ctx: PhaseContext): string {
  switch (phase) {
    case "waiting":
      return "waiting for the swarm to take the change…";
    case "converging":
      return "converging: tasks are starting or stopping…";
    case "verifying": {
      if (!ctx.steady) return "verify: every task is up; waiting for the engine to finish the rolling update…";
      const left = Math.max(0, Math.ceil(ctx.monitorSeconds - (ctx.steadySeconds ?? 0)));
      return `verify: waiting ${left} s to verify that tasks are stable…`;
    }
    case "converged":
      return "verify: service converged";
    case "stuck":
      return "stuck: the missing tasks cannot start (see the errors above); the swarm keeps trying";
    case "paused":
      return "the rolling update is paused: fix the cause, then update again or roll back";
    case "gone":
      return "the service no longer exists";
  }
}

/** Tone of the phase line. */
export function phaseTone(phase: FollowPhase): "good" | "busy" | "bad" {
  if (phase === "converged") return "good";
  if (phase === "stuck" || phase === "paused" || phase === "gone") return "bad";
  return "busy";
}

/** "UpdateStatus: updating — update in progress". */
export function updateWords(update: ServiceView["update"]): string | null {
  if (!update) return null;
  return `UpdateStatus: ${update.state}${update.message ? ` — ${update.message}` : ""}`;
}

/** Problems with the same error text folded into one line: "web.1, web.2: no suitable node (…)". */
export function groupProblems(problems: readonly { label: string; error: string }[]): { labels: string[]; error: string }[] {
  const groups = new Map<string, string[]>();
  for (const p of problems) groups.set(p.error, [...(groups.get(p.error) ?? []), p.label]);
  return [...groups].map(([error, labels]) => ({ labels, error }));
}
