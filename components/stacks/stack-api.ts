// The stacks API through the request client: validate, deploy (reading the NDJSON stream as it comes), remove, the docker CLI's presence.
import type { ActionFailure, ActionReport } from "@/lib/action-types";
import type { ComposeProblem, DockerCliStatus, SavedStack, StackCheck, StackStreamLine } from "@/lib/stack-types";
import type { StackSummary } from "@/lib/stacks";
import { jsonInit, readResponse, reportOf, request, unreachable } from "@/components/request/request";
import { NdjsonSplitter } from "./ndjson";

export interface StackRequest {
  compose: string;
  settings: string;
  settingsSet: string | null;
  files: Record<string, { data: string; encoding: "base64" }>;
  prune: boolean;
}

export type Failure = ActionFailure & { problems?: ComposeProblem[] };

const stackPath = (name: string) => `/api/v1/stacks/${encodeURIComponent(name)}`;

export async function validateStack(name: string, req: StackRequest): Promise<StackCheck | Failure> {
  return reportOf<StackCheck, Failure>(await request<StackCheck>("POST", `${stackPath(name)}/validate`, req));
}

/** Deploys, calling onLine for each CLI output line; resolves with the report (or the refusal). */
export async function deployStack(name: string, req: StackRequest, onLine: (line: Extract<StackStreamLine, { type: "output" }>) => void): Promise<ActionReport | Failure> {
  let res: Response;
  try {
    res = await fetch(`${stackPath(name)}/deploy`, jsonInit("POST", req));
  } catch (err) {
    return { ok: false, error: unreachable(err) };
  }
  if (res.status !== 200 || !res.body) return reportOf<Failure, Failure>(await readResponse<Failure>(res));
  const splitter = new NdjsonSplitter<StackStreamLine>();
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let report: ActionReport | null = null;
  const take = (lines: StackStreamLine[]) => {
    for (const l of lines) {
      if (l.type === "output") onLine(l);
      else report = l.report;
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      take(splitter.push(value));
    }
  } catch (err) {
    return report ?? { ok: false, error: `${unreachable(err)}; check the stack's services` };
  }
  take(splitter.end());
  return report ?? { ok: false, error: "the deploy stream ended without a report; check the stack's services" };
}

export async function removeStack(name: string, volumes: boolean): Promise<(ActionReport & { output?: { stream?: string; text: string }[] }) | Failure> {
  return reportOf<ActionReport, Failure>(await request<ActionReport>("DELETE", stackPath(name), { confirm: name, volumes }));
}

export interface StackDetail {
  stack: StackSummary | null;
  saved: SavedStack | null;
  volumes: { node: string; name: string }[];
  /** The nodes whose engines Swarmscope can inspect for volumes. */
  volumeNodes: string[];
}

/** The stack's record and volumes; null when it cannot be read. */
export async function fetchStack(name: string): Promise<StackDetail | null> {
  const answer = await request<StackDetail>("GET", stackPath(name));
  return answer.ok ? answer.data : null;
}

export async function dockerCli(): Promise<DockerCliStatus | null> {
  const answer = await request<DockerCliStatus>("GET", "/api/v1/docker-cli");
  return answer.ok ? answer.data : null;
}
