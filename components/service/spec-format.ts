// The service spec in readable form: mode, replicas, command, ports, mounts, restart/update/rollback policies, UpdateStatus.
import type { PolicyDetail, ServiceSpecDetail } from "@/lib/detail-types";
import type { PortView, ServiceMode, ServiceView } from "@/lib/model-types";
import { cliCommand } from "@/lib/shell-quote";
import type { Field } from "@/components/ui/field";
import { goDuration } from "@/components/ui/time-format";
import { portText, prettyPrint } from "@/components/task/cli-format";
import { MISSING } from "@/components/ui/format";

const MODES: Record<ServiceMode, string> = {
  replicated: "Replicated",
  global: "Global",
  "replicated-job": "Replicated job",
  "global-job": "Global job",
};

/** "Replicated", "Global", "Replicated job", … */
export function modeText(mode: ServiceMode): string {
  return MODES[mode] ?? prettyPrint(mode);
}

/** Running/desired as `docker service ls` REPLICAS: "2/3"; a dash for what the engine did not say. */
export function replicasText(service: ServiceView): string {
  if (service.running === null && service.desired === null) return MISSING;
  return `${service.running ?? MISSING}/${service.desired ?? MISSING}`;
}

/** The command the tasks run ("sh -c 'echo hi'"), or the image's own default. */
export function commandText(spec: Pick<ServiceSpecDetail, "command" | "args">): string {
  const all = [...spec.command, ...spec.args];
  return all.length ? cliCommand(all) : "(the image's default command)";
}

/** "*:8080->80/tcp · ingress"; a port not published: "80/tcp · not published". */
export function portLine(port: PortView): string {
  if (port.published === null || port.published === 0) return `${port.target}/${port.protocol} · ${port.mode === "host" ? "host, random port" : "not published"}`;
  return `${portText(port)} · ${port.mode}`;
}

/** "volume data → /data (read-only)"; an anonymous volume says so. */
export function mountLine(mount: ServiceSpecDetail["mounts"][number]): string {
  const source = mount.source || (mount.type === "tmpfs" ? "tmpfs" : "anonymous");
  return `${mount.type} ${source} → ${mount.target}${mount.readOnly ? " (read-only)" : ""}`;
}

export function restartFields(restart: ServiceSpecDetail["restart"]): Field[] {
  return [
    { label: "Condition", value: restart.condition },
    { label: "Delay", value: goDuration(restart.delaySeconds) },
    { label: "Max attempts", value: restart.maxAttempts === 0 ? "unlimited" : String(restart.maxAttempts) },
    { label: "Window", value: restart.windowSeconds === 0 ? "unbounded" : goDuration(restart.windowSeconds) },
  ];
}

const DEFAULT_POLICY: PolicyDetail = { parallelism: 1, delaySeconds: 0, monitorSeconds: 5, failureAction: "pause", order: "stop-first" };

/** UpdateConfig / RollbackConfig in the words of `docker service inspect --pretty`; Docker's defaults when the spec has none. */
export function policyFields(policy: PolicyDetail | null): Field[] {
  const p = policy ?? DEFAULT_POLICY;
  const note = policy ? undefined : "Not set in the spec: Docker's defaults";
  return [
    { label: "Parallelism", value: p.parallelism === 0 ? "all at once" : String(p.parallelism), title: note },
    { label: "Delay", value: goDuration(p.delaySeconds), title: note },
    { label: "On failure", value: p.failureAction, title: note },
    { label: "Monitoring period", value: goDuration(p.monitorSeconds ?? DEFAULT_POLICY.monitorSeconds), title: note },
    { label: "Order", value: p.order, title: note },
  ];
}

const UPDATE_WORDS: Record<string, string> = {
  updating: "Updating",
  paused: "Update paused",
  completed: "Update completed",
  rollback_started: "Rolling back",
  rollback_paused: "Rollback paused",
  rollback_completed: "Rollback completed",
};

/** The service's UpdateStatus in words, with its tone; "No update yet" when the service was never updated. */
export function updateStatusText(update: ServiceView["update"]): { text: string; tone: "busy" | "bad" | "good" | "idle"; message: string | null } {
  if (!update) return { text: "No update yet", tone: "idle", message: null };
  const text = UPDATE_WORDS[update.state] ?? prettyPrint(update.state.replace(/_/g, " "));
  const tone = update.state.endsWith("paused") ? "bad" : update.state.endsWith("completed") ? "good" : "busy";
  return { text, tone, message: update.message };
}
