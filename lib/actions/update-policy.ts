// The rolling-update policy (UpdateConfig) as spec fields and as docker CLI flags; shared by create and update.
import type { z } from "zod";
import type { EngineServiceSpec } from "../engine-types";
import { NS, type updatePolicy } from "./schemas";

type UpdatePolicy = z.infer<typeof updatePolicy>;

/** `base` with the fields the policy sets replaced. */
export function updateConfigSpec(u: UpdatePolicy, base: EngineServiceSpec["UpdateConfig"] = {}): NonNullable<EngineServiceSpec["UpdateConfig"]> {
  return {
    ...base,
    ...(u.parallelism !== undefined ? { Parallelism: u.parallelism } : {}),
    ...(u.delay !== undefined ? { Delay: u.delay * NS } : {}),
    ...(u.failureAction ? { FailureAction: u.failureAction } : {}),
    ...(u.order ? { Order: u.order } : {}),
    ...(u.monitor !== undefined ? { Monitor: u.monitor * NS } : {}),
  };
}

/** --update-parallelism, --update-delay, … for the fields the policy sets. */
export function updateConfigFlags(u: UpdatePolicy | undefined): string[] {
  if (!u) return [];
  const a: string[] = [];
  if (u.parallelism !== undefined) a.push("--update-parallelism", String(u.parallelism));
  if (u.delay !== undefined) a.push("--update-delay", `${u.delay}s`);
  if (u.failureAction) a.push("--update-failure-action", u.failureAction);
  if (u.order) a.push("--update-order", u.order);
  if (u.monitor !== undefined) a.push("--update-monitor", `${u.monitor}s`);
  return a;
}
