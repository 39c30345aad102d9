// Talks to the stacks API from the browser: validate, deploy (reading the NDJSON stream as it comes), remove, the docker CLI's presence.
import type { ActionFailure, ActionReport } from "@/lib/action-types";
import type { ComposeProblem, DockerCliStatus, SavedStack, StackCheck, StackStreamLine } from "@/lib/stack-types";
import type { StackSummary } from "@/lib/stacks";
import { NdjsonSplitter } from "./ndjson";

export interface StackRequest {
  compose: string;
  settings: string;
  settingsSet: string | null;
  files: Record<string, { data: string; encoding: "base64" }>;
  prune: boolean;
}

export type Failure = ActionFailure & { problems?: ComposeProblem[] };

async function json<T>(res: Response): Promise<T | Failure> {
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    return { ok: false, error: `the server answered HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ""}` };
  }
}

const post = (path: string, body: unknown, method = "POST") =>
  fetch(path, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const stackPath = (name: string) => `/api/v1/stacks/${encodeURIComponent(name)}`;

export async function validateStack(name: string, req: StackRequest): Promise<StackCheck | Failure> {
  try {
    const res = await post(`${stackPath(name)}/validate`, req);
    return await json<StackCheck>(res);
  } catch (err) {
    return { ok: false, error: `could not reach the Swarmscope server: ${(err as Error).message}` };
  }
}

/** Deploys, calling onLine for each CLI output line; resolves with the report (or the refusal). */
export async function deployStack(name: string, req: StackRequest, onLine: (line: Extract<StackStreamLine, { type: "output" }>) => void): Promise<ActionReport | Failure> {
  let res: Response;
  try {
    res = await post(`${stackPath(name)}/deploy`, req);
  } catch (err) {
    return { ok: false, error: `could not reach the Swarmscope server: ${(err as Error).message}` };
  }
  if (res.status !== 200 || !res.body) return json<Failure>(res);
  const splitter = new NdjsonSplitter<StackStreamLine>();
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let report: ActionReport | null = null;
  const take = (lines: StackStreamLine[]) => {
    for (const l of lines) {
      if (l.type === "output") onLine(l);
      else report = l.report;
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    take(splitter.push(value));
  }
  take(splitter.end());
  return report ?? { ok: false, error: "the deploy stream ended without a report; check the stack's services" };
}

export async function removeStack(name: string, volumes: boolean): Promise<(ActionReport & { output?: { text: string }[] }) | Failure> {
  try {
    return await json<ActionReport>(await post(stackPath(name), { confirm: name, volumes }, "DELETE"));
  } catch (err) {
    return { ok: false, error: `could not reach the Swarmscope server: ${(err as Error).message}` };
  }
}

export interface StackDetail {
  stack: StackSummary | null;
  saved: SavedStack | null;
  volumes: { node: string; name: string }[];
  /** The nodes whose engines Swarmscope can inspect for volumes. */
  volumeNodes: string[];
}

export async function fetchStack(name: string): Promise<StackDetail | null> {
  const res = await fetch(stackPath(name));
  return res.ok ? res.json() : null;
}

export async function dockerCli(): Promise<DockerCliStatus | null> {
  try {
    const res = await fetch("/api/v1/docker-cli");
    return res.ok ? res.json() : null;
  } catch {
    return null;
  }
}
