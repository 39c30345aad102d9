// Applies the run policy inside actions: a finding the caller's role may not pass is a 403 naming the field and the rule, before any engine call.
import { type RunFinding, type RunPolicy, type RunRequest, runFindings, runOfSpec, runRefusal, type SpecFieldNames } from "../auth/run-policy";
import type { EngineServiceSpec } from "../../lib/engine-types";
import type { ClusterState } from "../../lib/model-types";
import { ActionError } from "./action";

/** Throws 403 for the first admin-only thing in `runs` the caller may not ask for; `allowed` are findings already in place (an update keeps what an admin set). */
export function enforceRunPolicy(runs: RunRequest[], policy: RunPolicy, action: string, allowed: RunRequest[] = []): void {
  const kept = new Set(allowed.flatMap((r) => runFindings(r, policy.bindPaths)).map(key));
  const found = runRefusal(runs, policy, (f) => kept.has(key(f)));
  if (found) throw new ActionError(403, `${found.message}; you are a ${policy.role}`, found.field, { rule: found.rule, notDone: [`${action} was not applied`] });
}

/** What an Engine spec asks of its node, the host network known from the live model. */
export function runOfServiceSpec(spec: EngineServiceSpec, view: ClusterState, names?: SpecFieldNames): RunRequest {
  const hostNetwork = (n: string) => Object.values(view.networks).some((net) => net.driver === "host" && (net.name === n || net.id === n));
  return runOfSpec(spec, hostNetwork, names);
}

const key = (f: RunFinding) => `${f.rule}\u0000${f.message}`;
