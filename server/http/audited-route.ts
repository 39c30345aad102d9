// The one path every changing route takes: read the JSON body → validate it → run → audit the outcome, whatever it is → answer JSON.
import type { IncomingMessage } from "node:http";
import type { z } from "zod";
import { ActionError } from "../actions/action";
import { BodyError, readJsonBody } from "./body";
import { sendJson } from "./json";
import type { Route, RouteCall } from "./route";

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

/**
 * Reads the JSON body and validates it together with the URL's params (which the body may not carry); on bad input it calls
 * `refuse` (400, naming the field) and returns null. `body` is what was read, for the audit entry.
 */
export async function readInput<S extends z.ZodType>(
  req: IncomingMessage,
  params: Record<string, string>,
  schema: S,
  refuse: (status: number, error: string, field: string) => void,
  opts: { limit?: number; limitHint?: string; onBody?: (body: object) => void } = {},
): Promise<{ input: z.infer<S>; body: object } | null> {
  let body: unknown;
  try {
    body = await readJsonBody(req, opts.limit);
  } catch (err) {
    if (!(err instanceof BodyError)) throw err;
    refuse(400, `${err.message}${opts.limitHint ?? ""}`, "body");
    return null;
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    refuse(400, "body must be a JSON object", "body");
    return null;
  }
  opts.onBody?.(body); // what was asked is audited even when it is refused below
  const fromUrl = Object.keys(params).find((k) => k in body);
  if (fromUrl) {
    refuse(400, `${fromUrl} comes from the URL, not the body`, fromUrl);
    return null;
  }
  const parsed = schema.safeParse({ ...body, ...params });
  if (!parsed.success) {
    const issue = describeIssue(parsed.error.issues);
    refuse(400, issue.error, issue.field);
    return null;
  }
  return { input: parsed.data, body };
}

export interface Answer {
  status?: number;
  body: Record<string, unknown>;
  /** The audit entry's target when the URL does not name it (a user being added, the share link created), or by name what the URL names by ID. */
  target?: string;
  /** The target's ID, when `target` is its name. */
  targetId?: string;
}

/** A refused body's own name field, as the audit's target when the URL names none (adding a user). */
function named(body: unknown): string | undefined {
  const name = (body as { name?: unknown } | null)?.name;
  return typeof name === "string" ? name.slice(0, 80) : undefined;
}

/** Records the answer in the audit log (ok when 2xx and not `ok: false`) and sends it: one entry per answer, whatever it says. */
export function sendAudited(
  { res, who, security }: RouteCall,
  audit: string,
  { status = 200, body }: Answer,
  entry: { target?: string; targetId?: string; params: unknown },
): void {
  const ok = status < 300 && body.ok !== false;
  const error = ok ? undefined : String(body.error ?? "not done");
  const targetId = entry.targetId && entry.targetId !== entry.target ? entry.targetId : undefined;
  security.record(who, { action: audit, target: entry.target, ...(targetId ? { targetId } : {}), params: entry.params, ok, status, error });
  sendJson(res, status, body);
}

export interface AuditedRouteDef<S extends z.ZodType> {
  method: Route["method"];
  path: string;
  role: Route["role"];
  /** The audit log's name for it (and the `action` of error answers). */
  audit: string;
  /** Validated over the body with the URL's params (which the body may not carry). */
  input: S;
  bodyLimit?: number;
  run(input: z.infer<S>, call: RouteCall): Promise<Answer> | Answer;
  /** Errors other than ActionError the route turns into answers (the action wrapper: the engine's); others propagate (500). */
  failure?(err: unknown): Answer | null;
}

export function auditedRoute<S extends z.ZodType>(def: AuditedRouteDef<S>): Route {
  return {
    method: def.method,
    path: def.path,
    role: def.role,
    audit: def.audit,
    async handle(call) {
      const { req, params } = call;
      // Every outcome is audited — refusals of the body itself too: who, what, target, parameters (secret values dropped), result.
      let bodyParams: unknown = {};
      const send = (answer: Answer) =>
        sendAudited(call, def.audit, answer, { target: answer.target ?? params.id ?? params.name ?? named(bodyParams), targetId: answer.targetId, params: bodyParams });
      const refuse = (status: number, error: string, field: string | undefined, extra: Record<string, unknown> = {}) =>
        send({ status, body: { ok: false, action: def.audit, error, field, ...extra } });
      const read = await readInput(req, params, def.input, refuse, { limit: def.bodyLimit, onBody: (b) => (bodyParams = b) });
      if (!read) return;
      try {
        send(await def.run(read.input, call));
      } catch (err) {
        if (err instanceof ActionError) return refuse(err.status, err.message, err.field, err.report ?? {});
        const answer = def.failure?.(err);
        if (!answer) throw err;
        send(answer);
      }
    },
  };
}
