// What a demo Engine API handler receives and how it answers: a value (200 JSON), an explicit status, or a stream it writes itself.
import type { IncomingMessage, ServerResponse } from "node:http";
import { DEMO_PLATFORM } from "../../../lib/demo-engine";
import type { EngineNode } from "../../../lib/engine-types";
import type { SimulatedSwarm } from "../../engine/simulated/swarm";
import type { EventLog } from "../event-log";

/** The demo engine's identity as /version, /info and every answer's headers give it. */
export const DEMO_ENGINE = {
  version: "20.10.24",
  apiVersion: "1.41",
  minApiVersion: "1.12",
  os: "linux",
  arch: "amd64",
  kernel: "6.1.0-swarmscope-demo",
  platform: DEMO_PLATFORM,
} as const;

export interface DemoContext {
  sim: SimulatedSwarm;
  events: EventLog;
  /** The swarm's logical time, after running every step due by the wall clock. */
  now(): number;
  /** The node this engine answers as (manager1 of the default layout): /info's NodeID, the `*` of `docker node ls`. */
  self(): EngineNode;
}

export interface ApiCall {
  ctx: DemoContext;
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, or undefined when there was none. */
  body: unknown;
  req: IncomingMessage;
  res: ServerResponse;
}

/** An error the engine would answer: the status and `{"message": …}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** An answer with a status other than 200 (201 created, 204 no content). */
export interface Reply {
  status: number;
  body?: unknown;
}
const REPLY = Symbol("reply");
export function reply(status: number, body?: unknown): Reply {
  return { [REPLY]: true, status, body } as Reply;
}
export function isReply(v: unknown): v is Reply {
  return typeof v === "object" && v !== null && REPLY in v;
}
/** The handler wrote (or is writing) the response itself. */
export const STREAMED = Symbol("streamed");

export type Handler = (call: ApiCall) => unknown;

/** The object named by a path, or the engine's 404. */
export function found<T>(value: T | null | undefined, kind: string, ref: string): T {
  if (value === null || value === undefined) throw new ApiError(404, `${kind} ${ref} not found`);
  return value;
}

/** A required integer query parameter (version=…), refused as the engine does. */
export function versionParam(query: URLSearchParams): number {
  const raw = query.get("version");
  const n = Number(raw);
  if (raw === null || raw === "" || !Number.isInteger(n) || n < 0) throw new ApiError(400, `invalid Version: ${JSON.stringify(raw ?? "")}`);
  return n;
}

/** The JSON body as an object, or the engine's 400. */
export function objectBody<T>(call: ApiCall): T {
  const b = call.body;
  if (!b || typeof b !== "object" || Array.isArray(b)) throw new ApiError(400, "invalid JSON: the request body must be a JSON object");
  return b as T;
}

export function boolParam(query: URLSearchParams, name: string): boolean {
  const v = query.get(name);
  return v !== null && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}
