// Reads a JSON request body with a size limit; failures name what is wrong.
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendError } from "./json";

export const MAX_BODY_BYTES = 1024 * 1024;
/** Sign-in, users and share links take a few fields: 16 KB is plenty. */
export const SMALL_BODY_BYTES = 16 * 1024;

export class BodyError extends Error {
  constructor(message: string) {
    super(message);
  }
}

export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new BodyError(`body is ${declared} bytes; the limit is ${limit} bytes (1 MB)`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyError(`body is over the limit of ${limit} bytes (1 MB)`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return {};
  const type = String(req.headers["content-type"] ?? "");
  if (type && !type.includes("application/json")) throw new BodyError(`content-type must be application/json, not ${type}`);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new BodyError(`body is not valid JSON: ${(err as Error).message}`);
  }
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
