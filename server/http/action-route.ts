// Turns an action into an HTTP route on the audited path (audited-route.ts): run it with the engine, answer with its report; the engine's refusals mapped.
import type { z } from "zod";
import { type Action, successReport } from "../actions/action";
import { type EngineError, EngineInputError, toEngineError } from "../engine/errors";
import { auditedRoute } from "./audited-route";
import { LastChanges } from "../actions/last-change";
import type { Route } from "./route";

function engineStatus(err: EngineError): number {
  if (err.accessRefused) return 403;
  if (err.status === 404) return 404;
  if (err.status === 409) return 409;
  if (err.status === 400) return 400;
  if (err.status === 503) return 503;
  return 502;
}

/** One memory of who changed what, shared by every action route of this process. */
const lastChanges = new LastChanges();

export function actionRoute<S extends z.ZodType>(action: Action<S>): Route {
  return auditedRoute({
    method: action.method,
    path: action.path,
    role: action.role,
    audit: action.name,
    input: action.input,
    async run(input, { runtime, who }) {
      const engine = await runtime.engine();
      // The watcher polls fast while the action runs and right after it: the change shows in every view at once.
      runtime.watcher.nudge();
      const outcome = await action.run(input, {
        engine,
        view: runtime.hub.snapshot().state,
        nudge: () => runtime.watcher.nudge(),
        swarmChanged: () => runtime.watcher.swarmChanged(),
        lastChange: (objectId) => lastChanges.of(objectId),
        policy: { role: who.role, bindPaths: runtime.bindPaths },
      });
      runtime.watcher.nudge();
      const report = successReport(action, input, outcome);
      if (report.target) lastChanges.remember(report.target.id, { by: who.name, action: action.name, at: new Date().toISOString() });
      // The audit names what was acted on by its name (the URL may give an ID; a create's URL names nothing), its ID on hover.
      return { body: { ...report }, ...(report.target ? { target: report.target.name || report.target.id, targetId: report.target.id } : {}) };
    },
    failure(err) {
      const e = toEngineError(err);
      const notDone = [`${action.name} was not applied`];
      if (e instanceof EngineInputError) return { status: 400, body: { ok: false, action: action.name, error: e.message, field: e.field, notDone } };
      if (e.accessRefused)
        return {
          status: 403,
          body: {
            ok: false,
            action: action.name,
            error: `read-only engine access: the engine (or a proxy in front of it) refused the write: ${e.message}`,
            readOnly: true,
            notDone,
          },
        };
      return { status: engineStatus(e), body: { ok: false, action: action.name, error: `the engine refused: ${e.message}`, notDone } };
    },
  });
}
