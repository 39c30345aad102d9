// GET /services/{id}/logs and /tasks/{id}/logs: a made-up but plausible log of each task, multiplexed as the engine sends it (8-byte frames; timestamps, details, tail, since, follow).
import type { EngineService, EngineTask } from "../../../lib/engine-types";
import { type ApiCall, type Handler, ApiError, STREAMED, boolParam, found } from "./call";

/** Lines a task's log keeps (older ones are gone, as after log rotation). */
const KEEP_LINES = 1000;
const FOLLOW_EVERY_MS = 1000;

interface LogLine {
  at: number;
  stream: 1 | 2;
  text: string;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const WEB_PATHS = ["/", "/healthz", "/api/items", "/static/app.js", "/login", "/api/cart"];

/** When the task's container started and stopped logging (null when it never ran). */
function runSpan(t: EngineTask, now: number): { from: number; to: number } | null {
  const created = Date.parse(t.CreatedAt);
  const state = t.Status.State;
  const ran = state === "running" || state === "complete" || state === "failed" || t.Status.ContainerStatus?.ContainerID !== undefined;
  if (!ran) return null;
  const from = created + 500;
  const to = t.Status.State === "running" ? now : Date.parse(t.Status.Timestamp ?? t.UpdatedAt);
  return to >= from ? { from, to } : null;
}

/** The task's log lines with from < at ≤ to (at most the last KEEP_LINES). */
export function taskLines(t: EngineTask, service: EngineService | undefined, now: number, after: number, upTo: number): LogLine[] {
  const span = runSpan(t, now);
  if (!span) return [];
  const seed = hash(t.ID);
  const every = 3000 + (seed % 5000);
  const web = (service?.Endpoint?.Ports?.length ?? 0) > 0;
  const image = t.Spec.ContainerSpec?.Image?.split("@")[0] ?? "image";
  const name = service?.Spec.Name ?? t.ServiceID;
  const lines: LogLine[] = [];
  const last = Math.min(span.to, upTo);
  const first = Math.max(span.from, after, last - KEEP_LINES * every);
  if (span.from > after && span.from <= upTo) lines.push({ at: span.from, stream: 1, text: `starting ${name} task ${t.Slot ?? t.NodeID} (${image})` });
  for (let k = Math.ceil((first - span.from) / every) || 1, at = span.from + k * every; at <= last; k++, at += every) {
    if (at <= after) continue;
    const n = hash(`${t.ID}:${k}`);
    const text = web
      ? `10.0.0.${(n % 250) + 2} - - "GET ${WEB_PATHS[n % WEB_PATHS.length]} HTTP/1.1" ${n % 17 === 0 ? 404 : 200} ${(n % 4000) + 100} ${(n % 40) + 1}ms`
      : `tick ${k}: processed ${(n % 90) + 1} items in ${(n % 300) + 5}ms`;
    lines.push({ at, stream: 1, text });
  }
  if (t.Status.State === "failed" && span.to > after && span.to <= upTo) lines.push({ at: span.to, stream: 2, text: `fatal: ${t.Status.Err ?? "exited"}` });
  return lines;
}

function rfc3339Nano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000000Z");
}

function frame(stream: 1 | 2, payload: string): Buffer {
  const body = Buffer.from(payload, "utf8");
  const head = Buffer.alloc(8);
  head[0] = stream;
  head.writeUInt32BE(body.length, 4);
  return Buffer.concat([head, body]);
}

function logsOf(call: ApiCall, tasksOf: () => EngineTask[], alive: () => boolean): typeof STREAMED {
  const { ctx, query, req, res } = call;
  const stdout = boolParam(query, "stdout");
  const stderr = boolParam(query, "stderr");
  if (!stdout && !stderr) throw new ApiError(400, "Bad parameters: you must choose at least one stream");
  const timestamps = boolParam(query, "timestamps");
  const details = boolParam(query, "details");
  const tailRaw = query.get("tail") ?? "all";
  const tail = tailRaw === "all" || tailRaw === "" ? Infinity : Number(tailRaw);
  if (!Number.isInteger(tail) && tail !== Infinity) throw new ApiError(400, `invalid value for "tail": ${tailRaw}`);
  const sinceRaw = query.get("since");
  const since = sinceRaw ? Number(sinceRaw) * 1000 : 0;
  if (Number.isNaN(since)) throw new ApiError(400, `invalid value for "since": ${sinceRaw}`);
  const services = new Map(ctx.sim.services().map((s) => [s.ID, s]));
  const send = (t: EngineTask, l: LogLine) => {
    if ((l.stream === 1 && !stdout) || (l.stream === 2 && !stderr)) return;
    const attrs = details ? `com.docker.swarm.node.id=${t.NodeID ?? ""},com.docker.swarm.service.id=${t.ServiceID},com.docker.swarm.task.id=${t.ID} ` : "";
    res.write(frame(l.stream, `${timestamps ? rfc3339Nano(l.at) + " " : ""}${attrs}${l.text}\n`));
  };
  res.writeHead(200, { "Content-Type": "application/vnd.docker.raw-stream" });
  let until = ctx.now();
  const batch = tasksOf().flatMap((t) => {
    const lines = taskLines(t, services.get(t.ServiceID), until, since, until);
    return (tail === Infinity ? lines : lines.slice(Math.max(0, lines.length - tail))).map((l) => ({ t, l }));
  });
  batch.sort((a, b) => a.l.at - b.l.at);
  for (const { t, l } of batch) send(t, l);
  if (!boolParam(query, "follow")) {
    res.end();
    return STREAMED;
  }
  const timer = setInterval(() => {
    if (!alive()) {
      res.end();
      return;
    }
    const now = ctx.now();
    const next = tasksOf().flatMap((t) => taskLines(t, services.get(t.ServiceID), now, until, now).map((l) => ({ t, l })));
    next.sort((a, b) => a.l.at - b.l.at);
    for (const { t, l } of next) send(t, l);
    until = now;
  }, FOLLOW_EVERY_MS);
  const stop = () => clearInterval(timer);
  req.on("close", stop);
  res.on("close", stop);
  return STREAMED;
}

export const serviceLogs: Handler = (call) => {
  const service = found(call.ctx.sim.service(call.params.id), "service", call.params.id);
  const sim = call.ctx.sim;
  return logsOf(
    call,
    () => sim.tasks().filter((t) => t.ServiceID === service.ID),
    () => sim.service(service.ID) !== null,
  );
};

export const taskLogs: Handler = (call) => {
  const sim = call.ctx.sim;
  const task = found(sim.task(call.params.id), "task", call.params.id);
  return logsOf(
    call,
    () => sim.tasks().filter((t) => t.ID === task.ID),
    () => sim.tasks().some((t) => t.ID === task.ID),
  );
};
