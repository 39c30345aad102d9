// Stack writes over HTTP: validate (problems, rendered file, preview), deploy (docker CLI output streamed as NDJSON), remove; and the CLI's presence.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { StackStreamLine } from "../../../lib/stack-types";
import { listStacks } from "../../../lib/stacks";
import { dockerCliStatus } from "../../stacks/docker-cli";
import { deployStack, liveObjects, removeStack, stackObjects } from "../../stacks/deploy";
import { type CheckedStack, STACK_BODY_LIMIT, type StackInput, stackInput } from "../../stacks/input";
import { CheckError, checkStackOffThread } from "../../stacks/check-thread";
import { stackName } from "../../../lib/docker-names";
import { stackStore } from "../../stacks/store";
import type { LiveObjects } from "../../stacks/plan";
import { runsOfCompose } from "../../stacks/compose-run";
import { type RunFinding, type RunPolicy, runRefusal } from "../../auth/run-policy";
import { readInput, sendAudited } from "../audited-route";
import { sendJson } from "../json";
import type { Route, RouteCall } from "../route";
import type { Runtime } from "../../runtime";
import type { EngineClient } from "../../engine/client";

/** Stacks with a deploy or removal running: one at a time per stack. */
const busy = new Set<string>();

type Send = (status: number, body: Record<string, unknown>) => void;

/**
 * How a stack route answers JSON: deploy and remove audit every refusal as well as every outcome (never the compose file,
 * settings or uploads: the parameters are left out); validate changes nothing and is not audited.
 */
function answerer(call: RouteCall, audit: string | null): Send {
  return (status, body) => (audit ? sendAudited(call, audit, { status, body }, { target: call.params.name, params: {} }) : sendJson(call.res, status, body));
}

/** A stack write for operators: the handler checks the stack name in the path itself, and answers through `send` (audited as `audit`). */
function stackRoute(method: Route["method"], path: string, audit: string | null, handle: (call: RouteCall, send: Send) => Promise<void>): Route {
  return { method, path, checksParams: true, role: "operator", handle: (call) => handle(call, answerer(call, audit)) };
}

/** The body, validated with the name from the URL (audited-route.ts readInput); answers 400 itself and returns null on bad input. */
async function readStackInput<S extends z.ZodType>(req: IncomingMessage, send: Send, schema: S, params: Record<string, string>, action: string): Promise<z.infer<S> | null> {
  const refuse = (status: number, error: string, field: string) => send(status, { ok: false, action, error, field });
  const read = await readInput(req, params, schema, refuse, { limit: STACK_BODY_LIMIT, limitHint: " (4 MB: a compose file up to 1 MB plus its secret files)" });
  return read ? read.input : null;
}

export const validateStackRoute = stackRoute("POST", "/api/v1/stacks/:name/validate", null, async (call, send) => {
  const { req, res, runtime, params, who } = call;
  const input = await readStackInput(req, send, stackInput, params, "stack.validate");
  if (!input) return;
  // Without the engine the files are still checked; the preview and the image check wait for it.
  const read = await readLive(runtime);
  const checked = await runCheck(send, input, "error" in read ? null : read.live, "stack.validate");
  if (!checked) return;
  const { compose: _c, files: _f, ...check } = checked;
  // The preview says at the line what the caller's role may not deploy.
  const refused = stackRefusal(checked, { role: who.role, bindPaths: runtime.bindPaths });
  if (refused) {
    check.ok = false;
    check.plan = null;
    check.problems = [...check.problems, { source: "compose", path: refused.field, line: null, message: refused.message }];
  }
  if ("error" in read) {
    check.engineProblem = `the engine could not be read (${read.error}): no preview, and no deploy until it answers`;
    return sendJson(res, 200, check);
  }
  const nodes = await runtime.nodeEngines.reachable(read.engine);
  for (const image of check.images) {
    const have = await Promise.all(nodes.map((n) => n.client.hasImage(image).catch(() => false)));
    check.imageNodes[image] = { present: nodes.filter((_, i) => have[i]).map((n) => n.node), missing: nodes.filter((_, i) => !have[i]).map((n) => n.node) };
  }
  sendJson(res, 200, check);
});

/** The engine and its stack objects, or why they could not be read. */
async function readLive(runtime: Runtime): Promise<{ engine: EngineClient; live: LiveObjects } | { error: string }> {
  try {
    const engine = await runtime.engine();
    return { engine, live: await liveObjects(engine) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** The first thing in the checked compose file the caller's role may not run (bind mounts, privileges… run-policy.ts). */
function stackRefusal(checked: CheckedStack, policy: RunPolicy): RunFinding | null {
  return checked.compose ? runRefusal(runsOfCompose(checked.compose), policy) : null;
}

/** The check, off the event loop; answers 503 (busy) or 400 (the input cost too much to check) itself and returns null. */
async function runCheck(send: Send, input: StackInput, live: LiveObjects | null, action: string): Promise<CheckedStack | null> {
  try {
    return await checkStackOffThread(input, live);
  } catch (err) {
    if (!(err instanceof CheckError)) throw err;
    const notDone = action === "stack.deploy" ? { notDone: ["nothing was deployed"] } : {};
    send(err.status, { ok: false, action, error: err.message, ...(err.status === 400 ? { field: "compose" } : {}), ...notDone });
    return null;
  }
}

function writeLine(res: ServerResponse, line: StackStreamLine) {
  res.write(`${JSON.stringify(line)}\n`);
}

/**
 * POST /api/v1/stacks/:name/deploy: bad input answers 4xx JSON before anything runs; otherwise 200 application/x-ndjson,
 * one line per CLI output line, then the report.
 */
export const deployStackRoute = stackRoute("POST", "/api/v1/stacks/:name/deploy", "stack.deploy", async (call, send) => {
  const { req, res, runtime, params, who, security } = call;
  const input: StackInput | null = await readStackInput(req, send, stackInput, params, "stack.deploy");
  if (!input) return;
  const engine = await runtime.engine();
  const checked = await runCheck(send, input, await liveObjects(engine), "stack.deploy");
  if (!checked) return;
  if (!checked.ok) {
    const first = checked.problems[0];
    // field: which input (compose, settings, files); path: where in it (services.web.image), as in problems.
    return send(400, {
      ok: false,
      action: "stack.deploy",
      error: first.message,
      field: first.source,
      path: first.path,
      problems: checked.problems,
      notDone: ["nothing was deployed"],
    });
  }
  const refused = stackRefusal(checked, { role: who.role, bindPaths: runtime.bindPaths });
  if (refused) {
    return send(403, {
      ok: false,
      action: "stack.deploy",
      error: `${refused.message}; you are a ${who.role}`,
      field: "compose",
      path: refused.field,
      rule: refused.rule,
      notDone: ["nothing was deployed"],
    });
  }
  const cli = await dockerCliStatus();
  if (!cli.available) return send(503, { ok: false, action: "stack.deploy", error: `${cli.message} ${cli.hint}`, notDone: ["nothing was deployed"] });
  if (busy.has(input.name))
    return send(409, { ok: false, action: "stack.deploy", error: `stack ${input.name} is being deployed or removed right now; wait for that to finish`, field: "name" });
  busy.add(input.name);
  try {
    // The intent is on record before anything runs: if the server dies during the deploy, the audit log says it started.
    security.record(who, {
      action: "stack.deploy.started",
      target: input.name,
      params: { settingsSet: input.settingsSet, prune: input.prune, fileCount: checked.files.size },
      ok: true,
      status: 202,
    });
    res.writeHead(200, { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
    const report = await deployStack(input, checked, {
      engine,
      endpoint: runtime.endpoint,
      store: stackStore(),
      nudge: () => runtime.watcher.nudge(),
      onLine: (stream, text) => writeLine(res, { type: "output", stream, text }),
      by: who.name,
    });
    writeLine(res, { type: "report", report });
    // The compose file, settings and uploaded files are not logged: they may hold secret values.
    security.record(who, { action: "stack.deploy", target: input.name, params: {}, ok: report.ok, status: 200 });
  } finally {
    busy.delete(input.name);
    res.end();
  }
});

export const removeStackRoute = stackRoute("DELETE", "/api/v1/stacks/:name", "stack.remove", async (call, send) => {
  const { req, res, runtime, params, who, security } = call;
  const input = await readStackInput(req, send, z.strictObject({ name: stackName, confirm: z.string().max(255), volumes: z.boolean().default(false) }), params, "stack.remove");
  if (!input) return;
  const engine = await runtime.engine();
  const inModel = listStacks(runtime.hub.snapshot().state).some((s) => s.name === input.name);
  if (!inModel && stackObjects(await liveObjects(engine), input.name).length === 0) {
    return send(404, { ok: false, action: "stack.remove", error: `no such stack: ${input.name}`, field: "name" });
  }
  if (input.confirm !== input.name) return send(400, { ok: false, action: "stack.remove", error: `confirm: type the stack's name (${input.name}) to remove it`, field: "confirm" });
  const cli = await dockerCliStatus();
  if (!cli.available) return send(503, { ok: false, action: "stack.remove", error: `${cli.message} ${cli.hint}` });
  if (busy.has(input.name)) return send(409, { ok: false, action: "stack.remove", error: `stack ${input.name} is being deployed or removed right now`, field: "name" });
  busy.add(input.name);
  try {
    const output: { stream: string; text: string }[] = [];
    const report = await removeStack(input.name, {
      engine,
      endpoint: runtime.endpoint,
      nodes: await runtime.nodeEngines.reachable(engine),
      volumes: input.volumes,
      nudge: () => runtime.watcher.nudge(),
      onLine: (stream, text) => output.push({ stream, text }),
    });
    security.record(who, { action: "stack.remove", target: input.name, params: { volumes: input.volumes }, ok: report.ok, status: report.ok ? 200 : 502 });
    sendJson(res, report.ok ? 200 : 502, { ...report, output });
  } finally {
    busy.delete(input.name);
  }
});

export const dockerCliRoute: Route = {
  method: "GET",
  path: "/api/v1/docker-cli",
  role: "viewer",
  async handle({ res }) {
    sendJson(res, 200, await dockerCliStatus());
  },
};
