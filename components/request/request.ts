// The browser's one way to call the Swarmscope API: JSON in, a typed answer out, with one error vocabulary for every page.
import type { ActionFailure } from "@/lib/action-types";

export type Method = "GET" | "POST" | "PUT" | "DELETE";
type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** What an answer says: its JSON on 2xx; otherwise the server's `error` (and `field`), or the status and the start of the text. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: string; field?: string };

/** A failed request: no answer (status null), or an HTTP error with the rest of the JSON body (null when it was not JSON). */
export interface RequestFailure {
  ok: false;
  status: number | null;
  error: string;
  field?: string;
  body: Record<string, unknown> | null;
}
export type Answer<T> = { ok: true; status: number; data: T } | RequestFailure;

export interface RequestOptions {
  signal?: AbortSignal;
  /** For tests: the fetch to use instead of the browser's. */
  fetchImpl?: Fetch;
}

/** The one sentence for a request that never got an answer. */
export const unreachable = (err: unknown): string => `could not reach the Swarmscope server: ${err instanceof Error ? err.message : String(err)}`;

/** The one sentence for an answer that does not say what went wrong itself. */
export const answeredHttp = (status: number, text: string): string => `the server answered HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ""}`;

const NOT_JSON = Symbol("not JSON");

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function interpret<T>(status: number, body: unknown, text: string): ApiResult<T> {
  if (status >= 200 && status < 300) return { ok: true, data: (body === NOT_JSON ? null : body) as T };
  const failure = (typeof body === "object" && body !== null ? body : {}) as { error?: unknown; field?: unknown };
  const error = typeof failure.error === "string" && failure.error ? failure.error : answeredHttp(status, text);
  return typeof failure.field === "string" ? { ok: false, error, field: failure.field } : { ok: false, error };
}

/** What a status and a body text mean, without the request (the part of request() that tests can feed directly). */
export function readAnswer<T>(status: number, text: string): ApiResult<T> {
  return interpret<T>(status, parseJson(text), text);
}

/** Reads a response that has arrived: its status, text and JSON, in the same vocabulary as request(). */
export async function readResponse<T>(res: Response): Promise<Answer<T>> {
  let text: string;
  try {
    text = await res.text();
  } catch (err) {
    return { ok: false, status: null, error: unreachable(err), body: null };
  }
  const parsed = parseJson(text);
  const result = interpret<T>(res.status, parsed, text);
  if (result.ok) return { ...result, status: res.status };
  const rest = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  return { ...result, status: res.status, body: rest };
}

/** The fetch options of a JSON request. */
export function jsonInit(method: Method, body: unknown, signal?: AbortSignal): RequestInit {
  return {
    method,
    cache: "no-store",
    signal,
    headers: body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

/** Sends one request; never throws (an aborted request answers a failure with status null like any unreachable server). */
export async function request<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<Answer<T>> {
  const send = options.fetchImpl ?? ((input: string, init: RequestInit) => fetch(input, init));
  let res: Response;
  try {
    res = await send(path, jsonInit(method, body, options.signal));
  } catch (err) {
    return { ok: false, status: null, error: unreachable(err), body: null };
  }
  return readResponse<T>(res);
}

/**
 * For APIs that answer a report either way (actions, stack checks): the 2xx report; else the failure as the server wrote it
 * (its whole body, with ok: false, error and field), or, when the body was no report (no `ok`), `extra` with the error.
 */
export function reportOf<T, F extends { ok: false; error: string; field?: string } = ActionFailure>(answer: Answer<T>, extra: NoInfer<Partial<F>> = {}): T | F {
  if (answer.ok) {
    const data: unknown = answer.data;
    if (typeof data === "object" && data !== null && "ok" in data) return answer.data;
    return { ...extra, ok: false, error: answeredHttp(answer.status, data === null ? "" : (JSON.stringify(data) ?? "")) } as unknown as F;
  }
  const base = answer.body !== null && "ok" in answer.body ? answer.body : extra;
  return { ...base, ok: false, error: answer.error, ...(answer.field !== undefined ? { field: answer.field } : {}) } as unknown as F;
}
