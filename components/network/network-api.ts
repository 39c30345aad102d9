// Talks to the networks HTTP API: actions answer an ActionReport or an ActionFailure (also for network and non-JSON answers); reads answer JSON or an error in words.
import type { ActionFailure, ActionReport } from "@/lib/action-types";

export type NetworkAnswer = ActionReport | ActionFailure;
export type ReadResult<T> = { ok: true; value: T } | { ok: false; status: number | null; error: string };

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;
const browserFetch: Fetch = (input, init) => fetch(input, init);

async function readBody(response: Response): Promise<{ text: string; json: unknown }> {
  const text = await response.text();
  try {
    return { text, json: text ? JSON.parse(text) : null };
  } catch {
    return { text, json: null };
  }
}

const errorOf = (json: unknown): string | null =>
  typeof json === "object" && json !== null && typeof (json as { error?: unknown }).error === "string" ? (json as { error: string }).error : null;

export async function sendNetworkAction(
  action: string,
  method: "POST" | "DELETE",
  path: string,
  body: object,
  fetchImpl: Fetch = browserFetch,
): Promise<NetworkAnswer> {
  let response: Response;
  try {
    response = await fetchImpl(path, { method, headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
  } catch (err) {
    return { ok: false, action, error: `could not reach the Swarmscope server: ${(err as Error).message}` };
  }
  const { text, json } = await readBody(response);
  if (typeof json === "object" && json !== null && "ok" in json && ((json as NetworkAnswer).ok === false || response.ok)) return json as NetworkAnswer;
  return { ok: false, action, error: `the server answered HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}` };
}

export async function readJson<T>(path: string, fetchImpl: Fetch = browserFetch): Promise<ReadResult<T>> {
  let response: Response;
  try {
    response = await fetchImpl(path, { headers: { accept: "application/json" } });
  } catch (err) {
    return { ok: false, status: null, error: `could not reach the Swarmscope server: ${(err as Error).message}` };
  }
  const { text, json } = await readBody(response);
  if (response.ok && json !== null) return { ok: true, value: json as T };
  return { ok: false, status: response.status, error: errorOf(json) ?? `the server answered HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}` };
}

/** The refusal, when the answer is one (ActionReport.ok is a plain boolean, so narrow here). */
export function failureOf(answer: NetworkAnswer | null): ActionFailure | null {
  return answer && answer.ok === false && "error" in answer ? answer : null;
}
