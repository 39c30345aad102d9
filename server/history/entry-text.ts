// The timeline's sentences for what the narrator does not say: dashboard actions, engine events, gaps.
import type { AuditEntry } from "../../lib/audit-types";
import type { EngineEvent } from "../../lib/engine-types";
import type { TimelineActor } from "../../lib/history-types";
import { objectsOf, type ObjectSet } from "./entry-objects";

/** Audit actions that are about the swarm (sign-ins, users and share links are not the swarm's history). */
export function isSwarmAction(action: string): boolean {
  return !/^(login|logout|user\.|share\.)/.test(action);
}

export function actorOf(e: AuditEntry): TimelineActor {
  return { user: e.user, role: e.role, action: e.action, result: e.result, status: e.status };
}

/** "alice (operator): service.scale web — ok"; with `params` (operators and admins) the audit's parameters follow the target. */
export function actionSentence(e: AuditEntry, withParams: boolean): string {
  const params = withParams && e.params && Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : "";
  const outcome = e.result === "ok" ? "ok" : `failed (${e.status})${e.error ? `: ${e.error}` : ""}`;
  return `${e.user} (${e.role}): ${e.action}${e.target ? ` ${e.target}` : ""}${params} — ${outcome}`;
}

export function actionObjects(e: AuditEntry): ObjectSet {
  const kind = e.action.split(".")[0];
  const type = kind === "service" ? "service" : kind === "node" ? "node" : kind === "stack" ? "stack" : null;
  return type ? objectsOf({ [type]: [e.target] }) : objectsOf({});
}

const eventName = (e: EngineEvent) => e.Actor?.Attributes?.name ?? e.Actor?.ID ?? "";

/** "service update web". */
export function eventSentence(e: EngineEvent): string {
  return `${e.Type} ${e.Action} ${eventName(e)}`.trim();
}

export function eventObjects(e: EngineEvent): ObjectSet {
  if (e.Type === "service") return objectsOf({ service: [eventName(e)] });
  if (e.Type === "node") return objectsOf({ node: [eventName(e)] });
  return objectsOf({});
}

export function eventTime(e: EngineEvent, now: number): number {
  if (e.timeNano) return Math.floor(e.timeNano / 1e6);
  return e.time ? e.time * 1000 : now;
}

function minutes(ms: number): string {
  const m = Math.round(ms / 60_000);
  if (m >= 1) return `${m} minute${m === 1 ? "" : "s"}`;
  const s = Math.max(1, Math.round(ms / 1000));
  return `${s} second${s === 1 ? "" : "s"}`;
}

export function gapSentence(from: number, to: number): string {
  return `Swarmscope was not running for ${minutes(to - from)} (${new Date(from).toISOString()} → ${new Date(to).toISOString()}): what happened then is not recorded`;
}
