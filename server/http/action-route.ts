// Turns an action into an HTTP route: read and validate the body, run it, answer with its report or a JSON error.
import type { z } from "zod";
import { type Action, ActionError, successReport } from "../actions/action";
import { type EngineError, EngineInputError, toEngineError } from "../engine/client";
import { BodyError, readJsonBody } from "./body";
import { sendJson } from "./json";
import { LastChanges } from "../actions/last-change";
import type { Route } from "./route";

/** "replicas: Too big: expected number to be <=1000" — the first problem, naming its field. */
export function describeIssue(issues: z.core.$ZodIssue[]): { field: string; error: string } {
  const issue = issues[0];
  if (issue.code === "unrecognized_keys") {
    const keys = (issue as { keys: string[] }).keys;
    return { field: keys[0], error: `unknown field${keys.length > 1 ? "s" : ""}: ${keys.join(", ")}` };
  }
  const field = issue.path.length ? issue.path.join(".") : "body";
  return { field, error: `${field}: ${issue.message}` };
}

function engineStatus(err: EngineError): number {
  if (err.status === 404) return 404;
  if (err.status === 409) return 409;
  if (err.status === 400) return 400;
  if (err.status === 503) return 503;
  return 502;
}

/** One memory of who changed what, shared by every action route of this process. */
const lastChanges = new LastChanges();

export function actionRoute<S extends z.ZodType>(action: Action<S>): Route {
  return {
    method: action.method,
    path: action.path,
    role: action.role,
    audit: action.name,
    async handle({ req, res, runtime, params, ...ctx }) {
      // Every outcome is audited — refusals of the body itself too: who, what, target, parameters (secret values dropped), result.
      let bodyParams: unknown = {};
      const send = (status: number, payload: unknown) => {
        const ok = status < 300 && (payload as { ok?: boolean }).ok !== false;
        const error = ok ? undefined : String((payload as { error?: unknown }).error ?? "not done");
        ctx.security.record(ctx.who, { action: action.name, target: params.id, params: bodyParams, ok, status, error });
        sendJson(res, status, payload);
      };
      let body: unknown;
      try {
        body = await readJsonBody(req);
      } catch (err) {
        if (err instanceof BodyError) return send(400, { ok: false, error: err.message, field: "body" });
        throw err;
      }
      if (typeof body !== "object" || body === null || Array.isArray(body)) {
        return send(400, { ok: false, error: "body must be a JSON object", field: "body" });
      }
      bodyParams = body;
      if ("id" in body) return send(400, { ok: false, error: "id comes from the URL, not the body", field: "id" });
      const parsed = action.input.safeParse({ ...body, ...params });
      if (!parsed.success) return send(400, { ok: false, action: action.name, ...describeIssue(parsed.error.issues) });
      try {
        const engine = await runtime.engine();
        // The watcher polls fast while the action runs and right after it: the change shows in every view at once.
        runtime.watcher.nudge();
        const outcome = await action.run(parsed.data, {
          engine,
          view: runtime.hub.snapshot().state,
          nudge: () => runtime.watcher.nudge(),
          swarmChanged: () => runtime.watcher.swarmChanged(),
          lastChange: (objectId) => lastChanges.of(objectId),
          policy: { role: ctx.who.role, bindPaths: runtime.bindPaths },
        });
        runtime.watcher.nudge();
        const report = successReport(action, parsed.data, outcome);
        if (report.target) lastChanges.remember(report.target.id, { by: ctx.who.name, action: action.name, at: new Date().toISOString() });
        send(200, report);
      } catch (err) {
        if (err instanceof ActionError) {
          return send(err.status, { ok: false, action: action.name, error: err.message, field: err.field, ...err.report });
        }
        const e = toEngineError(err);
        if (e instanceof EngineInputError) return send(400, { ok: false, action: action.name, error: e.message, field: e.field, notDone: [`${action.name} was not applied`] });
        send(engineStatus(e), {
          ok: false,
          action: action.name,
          error: `the engine refused: ${e.message}`,
          notDone: [`${action.name} was not applied`],
        });
      }
    },
  };
}
