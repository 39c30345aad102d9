// Reads a JSON request body with a size limit; failures name what is wrong.
import type { IncomingMessage } from "node:http";

export const MAX_BODY_BYTES = 1024 * 1024;

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
