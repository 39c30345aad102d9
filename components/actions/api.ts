// Sends one action to the HTTP API and returns its JSON answer: an ActionReport, or an ActionFailure (also for network and non-JSON answers).
import type { ActionFailure, ActionReport } from "@/lib/action-types";
import type { ActionRequest } from "./requests";

export type ActionAnswer = ActionReport | ActionFailure;

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

function isAnswer(value: unknown): value is ActionAnswer {
  return typeof value === "object" && value !== null && "ok" in value;
}

export async function callAction(request: ActionRequest, fetchImpl: Fetch = (i, init) => fetch(i, init)): Promise<ActionAnswer> {
  let response: Response;
  try {
    response = await fetchImpl(request.path, {
      method: request.method,
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(request.body),
    });
  } catch (err) {
    return { ok: false, action: request.action, cli: request.cli, error: `could not reach the Swarmscope server: ${(err as Error).message}` };
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (isAnswer(body) && (body.ok === false || response.ok)) return body;
  return {
    ok: false,
    action: request.action,
    cli: request.cli,
    error: `the server answered HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}`,
  };
}

/** "replicas: must be …" → the field to blame, if the answer names one. */
export function failureField(answer: ActionAnswer | null): string | null {
  return answer && !answer.ok && "error" in answer ? (answer.field ?? null) : null;
}
