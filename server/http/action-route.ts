// Turns an action into an HTTP route: read and validate the body, run it, answer with its report or a JSON error.
import type { z } from "zod";
import { type Action, ActionError } from "../actions/action";
import { type EngineError, toEngineError } from "../engine/client";
import { BodyError, readJsonBody } from "./body";
import { sendJson } from "./json";
import type { Route } from "./router";

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

export function actionRoute<S extends z.ZodType>(action: Action<S>): Route {
  return {
    method: action.method,
    path: action.path,
    role: action.role,
    async handle(req, res, runtime, params, ctx) {
      let body: unknown;
      try {
        body = await readJsonBody(req);
      } catch (err) {
        if (err instanceof BodyError) return sendJson(res, 400, { ok: false, error: err.message, field: "body" });
        throw err;
      }
      if (typeof body !== "object" || body === null || Array.isArray(body)) {
        return sendJson(res, 400, { ok: false, error: "body must be a JSON object", field: "body" });
      }
      if ("id" in body) return sendJson(res, 400, { ok: false, error: "id comes from the URL, not the body", field: "id" });
      // Every outcome past this point is audited: who, what, target, parameters (secret values dropped), result.
      const bodyParams = body;
      const audited = (ok: boolean, status: number, error?: string) =>
        ctx.security.record(ctx.who, { action: action.name, target: params.id, params: bodyParams, ok, status, error });
      const send = (status: number, payload: unknown) => {
        const ok = status < 300 && (payload as { ok?: boolean }).ok !== false;
        audited(ok, status, ok ? undefined : String((payload as { error?: unknown }).error ?? "not done"));
        sendJson(res, status, payload);
      };
      const parsed = action.input.safeParse({ ...body, ...params });
      if (!parsed.success) return send(400, { ok: false, action: action.name, ...describeIssue(parsed.error.issues) });
      try {
        const engine = await runtime.engine();
        const report = await action.run(parsed.data, {
          engine,
          view: runtime.hub.snapshot().state,
          nudge: () => runtime.watcher.nudge(),
          swarmChanged: () => runtime.watcher.swarmChanged(),
        });
        send(200, report);
      } catch (err) {
        if (err instanceof ActionError) {
          return send(err.status, { ok: false, action: action.name, error: err.message, field: err.field, ...err.report });
        }
        const e = toEngineError(err);
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
