// Sends one action through the request client and returns its answer: an ActionReport, or an ActionFailure (also for network and non-JSON answers).
import { reportOf, request as send, type RequestOptions } from "@/components/request/request";
import type { ActionFailure, ActionReport } from "@/lib/action-types";
import type { ActionRequest } from "./requests";

export type ActionAnswer = ActionReport | ActionFailure;

export async function callAction(request: ActionRequest, fetchImpl?: RequestOptions["fetchImpl"]): Promise<ActionAnswer> {
  const answer = await send<ActionAnswer>(request.method, request.path, request.body, { fetchImpl });
  return reportOf<ActionAnswer, ActionFailure>(answer, { action: request.action, cli: request.cli });
}

/** "replicas: must be …" → the field to blame, if the answer names one. */
export function failureField(answer: ActionAnswer | null): string | null {
  return answer && !answer.ok && "error" in answer ? (answer.field ?? null) : null;
}
