// The restart supervisor's rules (RestartPolicy Condition any|on-failure|none, Delay, MaxAttempts, Window) and the update config's defaults, as swarmkit applies them.
import type { EngineServiceSpec, EngineUpdateConfig, TaskState } from "../../../lib/engine-types";

type Spec = EngineServiceSpec;

export const isJob = (spec: Spec) => Boolean(spec.Mode.ReplicatedJob || spec.Mode.GlobalJob);
export const isGlobal = (spec: Spec) => Boolean(spec.Mode.Global || spec.Mode.GlobalJob);

/** The restart policy with swarmkit's defaults: any (on-failure for jobs), 5 s delay, unlimited attempts, no window. */
export function restartPolicy(spec: Spec): { condition: "none" | "on-failure" | "any"; delayMs: number; maxAttempts: number; windowMs: number } {
  const p = spec.TaskTemplate.RestartPolicy ?? {};
  return {
    condition: p.Condition ?? (isJob(spec) ? "on-failure" : "any"),
    delayMs: (p.Delay ?? 5e9) / 1e6,
    maxAttempts: p.MaxAttempts ?? 0,
    windowMs: (p.Window ?? 0) / 1e6,
  };
}

/** Whether a task that ended in `state` is restarted, given the slot's earlier restarts (logical times). */
export function shouldRestart(spec: Spec, state: TaskState, restarts: readonly number[], now: number): boolean {
  const p = restartPolicy(spec);
  if (p.condition === "none") return false;
  if (p.condition === "on-failure" && state === "complete") return false;
  if (p.maxAttempts <= 0) return true;
  const counted = p.windowMs > 0 ? restarts.filter((t) => now - t <= p.windowMs).length : restarts.length;
  return counted < p.maxAttempts;
}

/** UpdateConfig (or RollbackConfig) with the engine's defaults: one at a time, no delay, 5 s monitor, pause on failure, stop-first. */
export function updateConfig(config: EngineUpdateConfig | undefined) {
  return {
    parallelism: config?.Parallelism ?? 1,
    delayMs: (config?.Delay ?? 0) / 1e6,
    monitorMs: (config?.Monitor ?? 5e9) / 1e6,
    failureAction: (config?.FailureAction ?? "pause") as "pause" | "continue" | "rollback",
    maxFailureRatio: config?.MaxFailureRatio ?? 0,
    startFirst: config?.Order === "start-first",
  };
}
