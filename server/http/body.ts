// Reads a JSON request body with a size limit; failures name what is wrong.
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendError } from "./json";

export const MAX_BODY_BYTES = 1024 * 1024;
/** Sign-in, users and share links take a few fields: 16 KB is plenty. */
export const SMALL_BODY_BYTES = 16 * 1024;

/** How deep JSON bodies may nest: every real request is a few levels; recursion over deeper input (audit, redaction, zod) is refused up front. */
export const MAX_BODY_DEPTH = 64;

export class BodyError extends Error {
  constructor(message: string) {
    super(message);
  }
}

export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new BodyError(`body is ${declared} bytes; the limit is ${limit} bytes${limit === MAX_BODY_BYTES ? " (1 MB)" : ""}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyError(`body is over the limit of ${limit} bytes${limit === MAX_BODY_BYTES ? " (1 MB)" : ""}`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return {};
  const type = String(req.headers["content-type"] ?? "");
  if (type && !type.includes("application/json")) throw new BodyError(`content-type must be application/json, not ${type}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new BodyError(`body is not valid JSON: ${(err as Error).message}`);
  }
  if (depthOver(parsed, MAX_BODY_DEPTH)) throw new BodyError(`body nests deeper than ${MAX_BODY_DEPTH} levels`);
  return parsed;
}

/** Whether `value` nests objects/arrays deeper than `limit`; iterative, one visit per member (no recursion to overflow). */
export function depthOver(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    if (depth >= limit) return true;
    for (const member of Array.isArray(v) ? v : Object.values(v)) if (typeof member === "object" && member !== null) stack.push([member, depth + 1]);
  }
  return false;
}

/** A small route's JSON body as `{ body }`, or null after answering 400 naming the field "body" (too big, not JSON). */
export async function readSmallBody(req: IncomingMessage, res: ServerResponse): Promise<{ body: unknown } | null> {
  try {
    return { body: await readJsonBody(req, SMALL_BODY_BYTES) };
  } catch (err) {
    if (!(err instanceof BodyError)) throw err;
    sendError(res, 400, err.message.replace(" (1 MB)", ""), "body");
    return null;
  }
}
