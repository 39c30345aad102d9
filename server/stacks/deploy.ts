// Applies a checked stack with `docker stack deploy` (stdin, or a temporary folder when secret files come along) and removes one with `docker stack rm`.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ActionReport } from "../../lib/action-types";
import type { PlanItem, SavedStack } from "../../lib/stack-types";
import { cliCommand } from "../../lib/shell-quote";
import { stackDeployArgs, stackRemoveArgs, stackRemoveCli } from "../../lib/stack-deploy-cli";
import type { EngineClient } from "../engine/client";
import type { Endpoint } from "../engine/connection";
import { STACK_LABEL } from "../model/normalize";
import { cliEnv, runDocker } from "./docker-cli";
import { type CheckedStack, COMPOSE_FILE_NAME, type StackInput } from "./input";
import { type LiveObjects, planStack } from "./plan";
import type { StackStore } from "./store";

export type OnLine = (stream: "stdout" | "stderr", text: string) => void;

export async function liveObjects(engine: EngineClient): Promise<LiveObjects> {
  const [services, networks, secrets, configs] = await Promise.all([engine.services(), engine.networks(), engine.secrets(), engine.configs()]);
  return { services, networks, secrets, configs };
}

const describe = (i: PlanItem) => `${i.action === "create" ? "create" : i.action === "remove" ? "remove" : "update"} ${i.kind} ${i.name}`;
const pastTense = (i: PlanItem) =>
  `${i.action === "create" ? "created" : i.action === "remove" ? "removed" : "updated"} ${i.kind} ${i.name}${i.changes.length ? ` (${i.changes.map((c) => c.field).join(", ")})` : ""}`;

/** Which planned steps the engine now shows as done: re-plan against the engine after the CLI ran. */
export function settle(before: PlanItem[], after: PlanItem[], live: LiveObjects): { done: string[]; notDone: string[] } {
  const done: string[] = [];
  const notDone: string[] = [];
  for (const item of before) {
    if (item.action === "unchanged" || item.kind === "volume") continue;
    const now = after.find((a) => a.kind === item.kind && a.name === item.name);
    const applied = item.action === "remove" ? !live.services.some((s) => s.Spec.Name === item.name) : now?.action === "unchanged";
    (applied ? done : notDone).push(applied ? pastTense(item) : describe(item));
  }
  return { done, notDone };
}

/**
 * Deploys with the docker CLI. The intent is on record before the CLI starts (the stack's record says deploying, with the
 * files, who and when; the caller audits stack.deploy.started), the outcome after. Secret files go to a 0700 folder under the
 * data dir's tmp/ (wiped at start-up, so a crash leaves none behind for long). The CLI stops with the server (docker-cli.ts).
 */
export async function deployStack(
  input: StackInput,
  checked: CheckedStack,
  ctx: { engine: EngineClient; endpoint: Endpoint; store: StackStore; nudge(): void; onLine: OnLine; by: string },
): Promise<ActionReport> {
  const before = checked.plan ?? [];
  const useDir = checked.files.size > 0;
  const startedAt = new Date().toISOString();
  const record: SavedStack = {
    name: input.name,
    compose: input.compose,
    settings: input.settings,
    settingsSet: input.settingsSet,
    files: [...checked.files.keys()],
    prune: input.prune,
    deployedAt: startedAt,
    state: "deploying",
    by: ctx.by,
    outcome: null,
    pid: null,
  };
  await ctx.store.write(record);
  const dir = useDir ? await fs.mkdtemp(path.join(await ctx.store.tmpRoot(), `${input.name}-`)) : null;
  const composePath = dir ? path.join(dir, COMPOSE_FILE_NAME) : "-";
  const args = stackDeployArgs(input.name, composePath, input.prune);
  const cli = cliCommand(["docker", ...stackDeployArgs(input.name, dir ? COMPOSE_FILE_NAME : "-", input.prune)]);
  let run;
  try {
    if (dir) {
      await fs.chmod(dir, 0o700);
      await fs.writeFile(composePath, checked.rendered, { mode: 0o600 });
      for (const [rel, bytes] of checked.files) {
        const full = path.join(dir, rel);
        await fs.mkdir(path.dirname(full), { recursive: true, mode: 0o700 });
        await fs.writeFile(full, bytes, { mode: 0o600 });
      }
    }
    ctx.nudge();
    const pidWritten: Promise<void>[] = [];
    run = await runDocker(args, {
      env: cliEnv(ctx.endpoint),
      cwd: dir ?? os.tmpdir(),
      stdin: dir ? "" : checked.rendered,
      onLine: ctx.onLine,
      onSpawn: (pid) => pidWritten.push(ctx.store.update(input.name, { pid })),
    });
    await Promise.all(pidWritten);
  } finally {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  }
  ctx.nudge();
  const live = await liveObjects(ctx.engine);
  const after = checked.compose ? planStack(input.name, checked.compose, live, input.prune).items : [];
  const { done, notDone } = settle(before, after, live);
  const ok = run.code === 0;
  const message = ok
    ? `deployed stack ${input.name}${input.settingsSet ? ` with settings ${input.settingsSet}` : ""}`
    : (run.error ?? `docker stack deploy failed (exit code ${run.code}); ${done.length ? "some objects were created or changed: see done and notDone" : "nothing was changed"}`);
  await ctx.store.write({ ...record, state: ok ? "deployed" : "failed", deployedAt: ok ? new Date().toISOString() : startedAt, outcome: ok ? null : message, pid: null });
  return {
    ok,
    action: "stack.deploy",
    cli,
    message,
    target: { kind: "stack", id: input.name, name: input.name },
    done,
    notDone,
    warnings: [],
  };
}

/** Everything the engine has labelled with the stack: services, networks, secrets, configs (by name). */
export function stackObjects(live: LiveObjects, stack: string): string[] {
  const mine = (labels: Record<string, string> | null | undefined) => labels?.[STACK_LABEL] === stack;
  return [
    ...live.services.filter((s) => mine(s.Spec.Labels)).map((s) => `service ${s.Spec.Name}`),
    ...live.networks.filter((n) => mine(n.Labels)).map((n) => `network ${n.Name}`),
    ...live.secrets.filter((s) => mine(s.Spec.Labels)).map((s) => `secret ${s.Spec.Name}`),
    ...live.configs.filter((s) => mine(s.Spec.Labels)).map((s) => `config ${s.Spec.Name}`),
  ];
}

export interface NodeEngine {
  node: string;
  client: EngineClient;
}

/** The stack's volumes on every node Swarmscope can inspect (volumes are per node). */
export async function stackVolumes(nodes: NodeEngine[], stack: string): Promise<{ node: string; client: EngineClient; name: string }[]> {
  const out: { node: string; client: EngineClient; name: string }[] = [];
  for (const { node, client } of nodes) {
    const list = await client.volumes(`${STACK_LABEL}=${stack}`).catch(() => []);
    for (const v of list) out.push({ node, client, name: v.Name });
  }
  return out;
}

/** Removes a volume, retrying while the stack's containers are still stopping (409 in use), up to `waitMs`. */
async function removeVolumeWhenFree(client: EngineClient, name: string, waitMs: number): Promise<string | null> {
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      await client.removeVolume(name);
      return null;
    } catch (err) {
      const e = err as { status?: number | null; message?: string };
      if (e.status === 404) return null;
      if (e.status !== 409 || Date.now() > until) return e.message ?? String(err);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export async function removeStack(
  name: string,
  ctx: { engine: EngineClient; endpoint: Endpoint; nodes: NodeEngine[]; volumes: boolean; nudge(): void; onLine: OnLine; volumeWaitMs?: number; settleMs?: number },
): Promise<ActionReport> {
  const before = stackObjects(await liveObjects(ctx.engine), name);
  ctx.nudge();
  const run = await runDocker(stackRemoveArgs(name), { env: cliEnv(ctx.endpoint), onLine: ctx.onLine });
  ctx.nudge();
  const ok = run.code === 0;
  // The swarm lets go of networks once their tasks are down: give it a moment before saying what is left.
  let left = stackObjects(await liveObjects(ctx.engine), name);
  for (const until = Date.now() + (ctx.settleMs ?? 30_000); ok && left.length > 0 && Date.now() < until;) {
    await new Promise((r) => setTimeout(r, 500));
    left = stackObjects(await liveObjects(ctx.engine), name);
  }
  const done = before.filter((o) => !left.includes(o)).map((o) => `removed ${o}`);
  const notDone = left.map((o) => `${o} is still there`);
  const warnings: string[] = [];
  const volumes = ok ? await stackVolumes(ctx.nodes, name) : [];
  if (ctx.volumes) {
    for (const v of volumes) {
      const failed = await removeVolumeWhenFree(v.client, v.name, ctx.volumeWaitMs ?? 60_000);
      if (failed) notDone.push(`volume ${v.name} on ${v.node}: ${failed}`);
      else done.push(`removed volume ${v.name} on ${v.node}`);
    }
  } else if (volumes.length) {
    warnings.push(`docker stack rm keeps volumes: ${volumes.map((v) => `${v.name} on ${v.node}`).join(", ")} (remove the stack with its volumes to delete them)`);
  }
  return {
    ok: ok && notDone.length === 0,
    action: "stack.remove",
    cli: stackRemoveCli(name),
    message: ok ? `removed stack ${name}${ctx.volumes ? " and its volumes" : ""}` : (run.error ?? `docker stack rm failed (exit code ${run.code})`),
    target: { kind: "stack", id: name, name },
    done,
    notDone,
    warnings,
  };
}
