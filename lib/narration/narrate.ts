// The narrator: turns the model's change batches into short sentences in Docker's words ("web scaled 7 → 4"), grouping what belongs together; pure (no React, no browser), so the server can keep and replay them.
import type { Change, ClusterState, NodeView, PortView, ServiceView, TaskView } from "../model-types";
import { and, count, items, moveToTop, parseAt, withinWindow } from "./words";

export type NarrationKind =
  | "service-created"
  | "service-scaled"
  | "service-updating"
  | "service-updated"
  | "service-rollback"
  | "service-removed"
  | "task-failed"
  | "node-drained"
  | "node-paused"
  | "node-active"
  | "node-down"
  | "node-up"
  | "node-joined"
  | "node-left"
  | "leader"
  | "stack-deployed"
  | "stack-removed";

export interface NarrationItem {
  id: string;
  kind: NarrationKind;
  text: string;
  /** When the sentence was last said (the change batch's time, ISO). */
  at: string;
  /** The service, stack or node it is about (its name). */
  subject: string;
}

interface PendingDrain {
  itemId: string;
  nodeId: string;
  hostname: string;
  /** serviceId#slot of each replicated task that was on the node; resolved to the hostname it landed on. */
  slots: { key: string; serviceId: string; slot: number; landed: string | null }[];
}

interface StackGroup {
  itemId: string;
  kind: "stack-deployed" | "stack-removed";
  at: number;
  services: number;
  networks: number;
  secrets: number;
  configs: number;
}

interface FailureGroup {
  itemId: string;
  at: number;
  names: string[];
  nodes: string[];
  error: string;
}

/** Everything the narrator remembers between batches (plain JSON, so it can be kept and replayed). */
export interface NarratorMemory {
  items: NarrationItem[];
  seq: number;
  drains: PendingDrain[];
  stacks: Record<string, StackGroup>;
  failures: Record<string, FailureGroup>;
  updates: Record<string, string>;
  leaderLost: { itemId: string; hostname: string } | null;
  /** Names of removed services by id (their leftover tasks are still named by them), newest last. */
  gone: [string, string][];
}

/** How many sentences are kept. */
export const NARRATION_KEEP = 40;
/** Objects of one stack, or failures of one service, within this many ms make one sentence. */
export const GROUP_WINDOW_MS = 15_000;

export const EMPTY_MEMORY: NarratorMemory = { items: [], seq: 0, drains: [], stacks: {}, failures: {}, updates: {}, leaderLost: null, gone: [] };
/** How many removed services' names are remembered. */
const GONE_KEEP = 200;

/** A batch's view of the world: before, the changes, after, and the batch's time. */
interface Batch {
  before: ClusterState;
  after: ClusterState;
  at: string;
  ms: number;
}

class Speaker {
  readonly memory: NarratorMemory;
  constructor(
    memory: NarratorMemory,
    private readonly at: string,
  ) {
    this.memory = {
      ...memory,
      items: [...memory.items],
      drains: [...memory.drains],
      stacks: { ...memory.stacks },
      failures: { ...memory.failures },
      updates: { ...memory.updates },
    };
  }
  /** Says a new sentence; returns its id. */
  say(kind: NarrationKind, subject: string, text: string): string {
    const id = `n${++this.memory.seq}`;
    this.memory.items = [{ id, kind, subject, text, at: this.at }, ...this.memory.items].slice(0, NARRATION_KEEP);
    return id;
  }
  /** Rewrites a sentence said earlier (it moves to the top); says it anew when it has scrolled away. */
  revise(id: string | undefined, kind: NarrationKind, subject: string, text: string): string {
    const old = id ? this.memory.items.find((i) => i.id === id) : undefined;
    if (!old) return this.say(kind, subject, text);
    if (old.text === text && old.kind === kind) return old.id;
    this.memory.items = moveToTop(this.memory.items, { ...old, kind, text, at: this.at });
    return old.id;
  }
}

const changedIds = (changes: readonly Change[], kind: Change["kind"]) => {
  const ids = new Set<string>();
  for (const c of changes) if (c.kind === kind && "id" in c) ids.add(c.id);
  return ids;
};

function portsText(ports: readonly PortView[]): string {
  const published = ports.filter((p) => p.published !== null);
  if (published.length === 0) return "";
  const each = published.map((p) => `${p.published} → ${p.target}${p.protocol === "tcp" ? "" : `/${p.protocol}`}`);
  return `, ${published.length === 1 ? "port" : "ports"} ${each.join(", ")}`;
}

function createdText(s: ServiceView): string {
  const what =
    s.mode === "global"
      ? `one task of ${s.image} on every node`
      : s.mode === "global-job"
        ? `a job of ${s.image} on every node`
        : `${count(s.replicas ?? 0, s.mode === "replicated-job" ? "job replica" : "replica")} of ${s.image}`;
  return `${s.name} created: ${what}${portsText(s.ports)}`;
}

function hostname(batch: Batch, nodeId: string | null): string {
  if (!nodeId) return "no node";
  return batch.after.nodes[nodeId]?.hostname ?? batch.before.nodes[nodeId]?.hostname ?? nodeId.slice(0, 10);
}

function serviceName(memory: NarratorMemory, batch: Batch, serviceId: string): string {
  return (
    batch.after.services[serviceId]?.name ?? batch.before.services[serviceId]?.name ?? memory.gone.find(([id]) => id === serviceId)?.[1] ?? `service ${serviceId.slice(0, 10)}`
  );
}

function taskLabel(memory: NarratorMemory, batch: Batch, task: TaskView): string {
  const name = serviceName(memory, batch, task.serviceId);
  return task.slot !== null ? `${name}.${task.slot}` : `${name} on ${hostname(batch, task.nodeId)}`;
}

// --- stacks ---------------------------------------------------------------------------------------

type StackPart = "services" | "networks" | "secrets" | "configs";

function stackText(name: string, g: StackGroup): string {
  const parts = items([
    [g.services, "service"],
    [g.networks, "network"],
    [g.secrets, "secret"],
    [g.configs, "config"],
  ]);
  return `stack ${name} ${g.kind === "stack-deployed" ? "deployed" : "removed"}${parts ? `: ${parts}` : ""}`;
}

function stackCount(speaker: Speaker, batch: Batch, stack: string, kind: StackGroup["kind"], part: StackPart): void {
  const old = speaker.memory.stacks[stack];
  const fresh = !old || old.kind !== kind || !withinWindow(old.at, batch.ms, GROUP_WINDOW_MS);
  const group: StackGroup = fresh ? { itemId: "", kind, at: batch.ms, services: 0, networks: 0, secrets: 0, configs: 0 } : { ...old, at: batch.ms };
  group[part] += 1;
  group.itemId = speaker.revise(fresh ? undefined : old.itemId, kind, stack, stackText(stack, group));
  speaker.memory.stacks[stack] = group;
}

function stackObjects(speaker: Speaker, batch: Batch, changes: readonly Change[]): void {
  for (const part of ["networks", "secrets", "configs"] as const) {
    for (const id of changedIds(changes, part)) {
      const before = batch.before[part][id];
      const after = batch.after[part][id];
      if (!before && after?.stack) stackCount(speaker, batch, after.stack, "stack-deployed", part);
      if (before?.stack && !after) stackCount(speaker, batch, before.stack, "stack-removed", part);
    }
  }
}

// --- services -------------------------------------------------------------------------------------

function updateDone(batch: Batch, s: ServiceView): { done: number; of: number } {
  const current = Object.values(batch.after.tasks).filter((t) => t.serviceId === s.id && t.desiredState === "running");
  const done = current.filter((t) => t.state === "running" && t.image === s.image).length;
  return { done, of: s.replicas ?? current.length };
}

function updateSentence(batch: Batch, s: ServiceView): { kind: NarrationKind; text: string } | null {
  const state = s.update?.state;
  const { done, of } = updateDone(batch, s);
  switch (state) {
    case "updating":
      return { kind: "service-updating", text: `${s.name} updating to ${s.image} — ${done} of ${of} done` };
    case "completed":
      return { kind: "service-updated", text: `${s.name} updated to ${s.image}` };
    case "paused":
      return { kind: "service-updating", text: `${s.name} update paused${s.update?.message ? `: ${s.update.message}` : ""}` };
    case "rollback_started":
      return { kind: "service-rollback", text: `${s.name} rolling back to ${s.image} — ${done} of ${of} done` };
    case "rollback_paused":
      return { kind: "service-rollback", text: `${s.name} rollback paused${s.update?.message ? `: ${s.update.message}` : ""}` };
    case "rollback_completed":
      return { kind: "service-rollback", text: `${s.name} rolled back to ${s.image}` };
    default:
      return null;
  }
}

function services(speaker: Speaker, batch: Batch, changes: readonly Change[]): void {
  for (const id of changedIds(changes, "services")) {
    const before = batch.before.services[id];
    const after = batch.after.services[id];
    if (!before && after) {
      if (after.stack) stackCount(speaker, batch, after.stack, "stack-deployed", "services");
      else speaker.say("service-created", after.name, createdText(after));
    } else if (before && !after) {
      delete speaker.memory.updates[id];
      speaker.memory.gone = [...speaker.memory.gone.filter(([g]) => g !== id), [id, before.name] as [string, string]].slice(-GONE_KEEP);
      if (before.stack) stackCount(speaker, batch, before.stack, "stack-removed", "services");
      else speaker.say("service-removed", before.name, `${before.name} removed`);
    } else if (before && after) {
      if (before.replicas !== null && after.replicas !== null && before.replicas !== after.replicas) {
        speaker.say("service-scaled", after.name, `${after.name} scaled ${before.replicas} → ${after.replicas}`);
      }
      if (before.update?.state !== after.update?.state || before.update?.startedAt !== after.update?.startedAt) {
        const sentence = updateSentence(batch, after);
        if (sentence)
          speaker.memory.updates[id] = speaker.revise(
            before.update?.startedAt === after.update?.startedAt ? speaker.memory.updates[id] : undefined,
            sentence.kind,
            after.name,
            sentence.text,
          );
      }
    }
  }
  // Updates under way: their "k of N done" follows the tasks.
  for (const [id, itemId] of Object.entries(speaker.memory.updates)) {
    const s = batch.after.services[id];
    const state = s?.update?.state;
    if (!s || (state !== "updating" && state !== "rollback_started")) continue;
    const sentence = updateSentence(batch, s);
    if (sentence) speaker.memory.updates[id] = speaker.revise(itemId, sentence.kind, s.name, sentence.text);
  }
}

// --- tasks ----------------------------------------------------------------------------------------

function failureText(serviceName: string, g: FailureGroup): string {
  const where = `on ${and(g.nodes)}`;
  const who = g.names.length <= 3 ? and(g.names) : `${g.names.length} tasks of ${serviceName}`;
  return `${who} failed ${where}: ${g.error}`;
}

function tasks(speaker: Speaker, batch: Batch, changes: readonly Change[]): void {
  for (const id of changedIds(changes, "tasks")) {
    const task = batch.after.tasks[id];
    const before = batch.before.tasks[id];
    if (!task || (task.state !== "failed" && task.state !== "rejected") || before?.state === task.state) continue;
    const name = serviceName(speaker.memory, batch, task.serviceId);
    const old = speaker.memory.failures[task.serviceId];
    const fresh = !old || !withinWindow(old.at, batch.ms, GROUP_WINDOW_MS);
    const error = task.error?.trim() || task.message?.trim() || "no reason given";
    const node = hostname(batch, task.nodeId);
    const g: FailureGroup = fresh
      ? { itemId: "", at: batch.ms, names: [taskLabel(speaker.memory, batch, task)], nodes: [node], error }
      : { ...old, at: batch.ms, names: [...old.names, taskLabel(speaker.memory, batch, task)], nodes: old.nodes.includes(node) ? old.nodes : [...old.nodes, node] };
    g.itemId = speaker.revise(fresh ? undefined : old.itemId, "task-failed", name, failureText(name, g));
    speaker.memory.failures[task.serviceId] = g;
  }
}

// --- nodes ----------------------------------------------------------------------------------------

function drainText(d: PendingDrain): string {
  if (d.slots.length === 0) return `${d.hostname} drained: no tasks to move`;
  const landed = d.slots.filter((s) => s.landed !== null);
  const where = [...new Set(landed.map((s) => s.landed as string))];
  if (landed.length < d.slots.length) return `${d.hostname} drained: moving ${count(d.slots.length, "task")} (${landed.length} moved)`;
  return `${d.hostname} drained: ${count(landed.length, "task")} moved to ${and(where)}`;
}

function startDrain(speaker: Speaker, batch: Batch, node: NodeView): void {
  const slots = Object.values(batch.before.tasks)
    .filter((t) => t.nodeId === node.id && t.slot !== null && t.desiredState === "running")
    .map((t) => ({ key: `${t.serviceId}#${t.slot}`, serviceId: t.serviceId, slot: t.slot as number, landed: null }));
  const drain: PendingDrain = { itemId: "", nodeId: node.id, hostname: node.hostname, slots };
  drain.itemId = speaker.say("node-drained", node.hostname, drainText(drain));
  speaker.memory.drains = [...speaker.memory.drains.filter((d) => d.nodeId !== node.id), drain];
}

/** Follows the tasks of drained nodes to where they land; the sentence is final once every slot runs elsewhere. */
function followDrains(speaker: Speaker, batch: Batch): void {
  if (speaker.memory.drains.length === 0) return;
  const running = Object.values(batch.after.tasks).filter((t) => t.state === "running" && t.desiredState === "running" && t.slot !== null);
  const kept: PendingDrain[] = [];
  for (const d of speaker.memory.drains) {
    if (batch.after.nodes[d.nodeId]?.availability !== "drain") continue; // active again, or gone: stop following
    const slots = d.slots
      .filter((s) => batch.after.services[s.serviceId]) // its service was removed: nothing to move
      .map((s) => {
        if (s.landed) return s;
        const there = running.find((t) => t.serviceId === s.serviceId && t.slot === s.slot && t.nodeId !== d.nodeId);
        return there ? { ...s, landed: hostname(batch, there.nodeId) } : s;
      });
    const next = { ...d, slots };
    speaker.revise(d.itemId, "node-drained", d.hostname, drainText(next));
    if (slots.some((s) => s.landed === null)) kept.push(next);
  }
  speaker.memory.drains = kept;
}

const leaderOf = (state: ClusterState) => Object.values(state.nodes).find((n) => n.manager?.leader) ?? null;

function leaders(speaker: Speaker, batch: Batch): void {
  const was = leaderOf(batch.before);
  const now = leaderOf(batch.after);
  if (was?.id === now?.id) return;
  const lost = was ? was.hostname : speaker.memory.leaderLost?.hostname;
  if (now) {
    const text = lost ? `${lost} is no longer the leader; ${now.hostname} leads` : `${now.hostname} leads`;
    speaker.revise(was ? undefined : speaker.memory.leaderLost?.itemId, "leader", now.hostname, text);
    speaker.memory.leaderLost = null;
  } else if (was) {
    const itemId = speaker.say("leader", was.hostname, `${was.hostname} is no longer the leader`);
    speaker.memory.leaderLost = { itemId, hostname: was.hostname };
  }
}

function nodes(speaker: Speaker, batch: Batch, changes: readonly Change[]): void {
  const changed = changedIds(changes, "nodes");
  if (changed.size === 0) return; // no node changed: nor did the leader (a walk over every node per batch otherwise)
  for (const id of changed) {
    const before = batch.before.nodes[id];
    const after = batch.after.nodes[id];
    if (!before && after) speaker.say("node-joined", after.hostname, `${after.hostname} joined the swarm as a ${after.role}`);
    else if (before && !after) speaker.say("node-left", before.hostname, `${before.hostname} left the swarm`);
    if (!before || !after) continue;
    if (before.availability !== after.availability) {
      if (after.availability === "drain") startDrain(speaker, batch, after);
      else if (after.availability === "pause") speaker.say("node-paused", after.hostname, `${after.hostname} paused: no new tasks`);
      else if (after.availability === "active") speaker.say("node-active", after.hostname, `${after.hostname} active again`);
    }
    if (before.status !== after.status) {
      if (after.status === "down" || after.status === "disconnected") speaker.say("node-down", after.hostname, `${after.hostname} is ${after.status}`);
      else if (after.status === "ready" && (before.status === "down" || before.status === "disconnected"))
        speaker.say("node-up", after.hostname, `${after.hostname} is ready again`);
    }
  }
  leaders(speaker, batch);
}

/** The narrator's next memory after one change batch (`before` + `changes` = `after`, at the batch's time). */
export function narrate(memory: NarratorMemory, before: ClusterState, changes: readonly Change[], after: ClusterState, at: string): NarratorMemory {
  if (changes.length === 0) return memory;
  const speaker = new Speaker(memory, at);
  const batch: Batch = { before, after, at, ms: parseAt(at) };
  stackObjects(speaker, batch, changes);
  services(speaker, batch, changes);
  nodes(speaker, batch, changes);
  tasks(speaker, batch, changes);
  followDrains(speaker, batch);
  return speaker.memory;
}
