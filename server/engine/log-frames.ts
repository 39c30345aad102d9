// Parses the Engine API's multiplexed log stream (8-byte frame headers, timestamps=1, details=1) into log lines.
import { type Readable, Transform } from "node:stream";

export interface LogLine {
  stream: "stdout" | "stderr";
  /** RFC 3339 time the engine stamped. */
  time: string;
  taskId: string | null;
  nodeId: string | null;
  serviceId: string | null;
  text: string;
}

const STREAMS: Record<number, LogLine["stream"]> = { 1: "stdout", 2: "stderr" };

/** "2026-…Z com.docker.swarm.node.id=…,com.docker.swarm.service.id=…,com.docker.swarm.task.id=… text". */
export function parseLogPayload(payload: string, stream: LogLine["stream"]): LogLine {
  const line = payload.replace(/\r?\n$/, "");
  const sp = line.indexOf(" ");
  const time = sp === -1 ? line : line.slice(0, sp);
  let rest = sp === -1 ? "" : line.slice(sp + 1);
  const details: Record<string, string> = {};
  const detailEnd = rest.indexOf(" ");
  const head = detailEnd === -1 ? rest : rest.slice(0, detailEnd);
  if (head.startsWith("com.docker.swarm.")) {
    for (const pair of head.split(",")) {
      const eq = pair.indexOf("=");
      if (eq > 0) details[pair.slice(0, eq)] = decodeURIComponent(pair.slice(eq + 1));
    }
    rest = detailEnd === -1 ? "" : rest.slice(detailEnd + 1);
  }
  return {
    stream,
    time,
    taskId: details["com.docker.swarm.task.id"] ?? null,
    nodeId: details["com.docker.swarm.node.id"] ?? null,
    serviceId: details["com.docker.swarm.service.id"] ?? null,
    text: rest,
  };
}

/** Feeds bytes, returns whole lines; keeps a partial frame for the next call. */
export class LogFrameParser {
  private buffer: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): LogLine[] {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const lines: LogLine[] = [];
    while (this.buffer.length >= 8) {
      const type = this.buffer[0];
      const size = this.buffer.readUInt32BE(4);
      if (this.buffer.length < 8 + size) break;
      const payload = this.buffer.subarray(8, 8 + size).toString("utf8");
      this.buffer = this.buffer.subarray(8 + size);
      const stream = STREAMS[type] ?? "stdout";
      for (const part of payload.split(/\n(?=\d{4}-\d\d-\d\dT)/)) if (part.trim()) lines.push(parseLogPayload(part, stream));
    }
    return lines;
  }
}

/** A raw log stream as an object-mode stream of LogLine batches (one per chunk that completed lines); closing it closes the raw one. */
export function logLinesOf(raw: Readable): Readable {
  const parser = new LogFrameParser();
  const lines = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      const batch = parser.push(chunk);
      done(null, batch.length ? batch : undefined);
    },
    destroy(err, done) {
      raw.destroy();
      done(err);
    },
  });
  raw.on("error", (err) => lines.destroy(err));
  return raw.pipe(lines);
}
