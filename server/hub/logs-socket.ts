// Streams a service's logs to the one socket that asked (docker service logs -f), batched, until it stops or leaves.
import type { Socket } from "socket.io";
import type { ClientToServer, LogLineMessage, ServerToClient } from "../../lib/protocol";
import { toEngineError } from "../engine/errors";
import type { LogLine } from "../engine/log-frames";
import type { Runtime } from "../runtime";
import { referenceProblem } from "../../lib/engine-ref";
import { cutOffIfBacklogged } from "./outbox";
import { TailMerge } from "./tail-merge";

const MAX_TAIL = 5000;
const FLUSH_MS = 100;

/** Drivers the engine reads back itself; since Engine 20.10 others are read from its local cache unless that is disabled. */
const READABLE_DRIVERS = new Set(["json-file", "local", "journald"]);

/** Why a service's logs cannot be read, from its log driver settings, or null when they can. */
export function unreadableDriver(driver: { Name: string; Options?: Record<string, string> } | undefined): string | null {
  if (!driver?.Name) return null; // the node's default driver: json-file unless the daemon was configured otherwise
  if (driver.Name === "none") return 'The service\'s log driver is "none": its tasks keep no logs to read.';
  if (!READABLE_DRIVERS.has(driver.Name) && driver.Options?.["cache-disabled"] === "true") {
    return `The service's log driver is "${driver.Name}" with the local cache disabled: the Engine API cannot read it back. Read the logs where ${driver.Name} sends them.`;
  }
  return null;
}

function readableError(message: string): string {
  if (/does not support reading|not supported by the log driver|logging driver/i.test(message)) {
    return `The service's log driver cannot be read through the Engine API (${message}); read the logs where the driver sends them.`;
  }
  return message;
}

export function handleLogs(socket: Socket<ClientToServer, ServerToClient>, runtime: Runtime): void {
  let stop: (() => void) | null = null;

  socket.on("logs:follow", async (request) => {
    stop?.();
    stop = null;
    const serviceId = typeof request?.serviceId === "string" ? request.serviceId : "";
    const tail = Number.isInteger(request?.tail) ? Math.min(Math.max(request.tail, 0), MAX_TAIL) : 100;
    const problem = referenceProblem(serviceId);
    if (problem) return socket.emit("logs:error", { serviceId: serviceId.slice(0, 80), message: `serviceId ${problem}` });
    let cancelled = false;
    let pending: LogLineMessage[] = [];
    // The tails of the service's tasks arrive one task after another: merged by time before they are sent.
    const tailMerge = new TailMerge<LogLineMessage>(Date.now());
    const timer = setInterval(() => {
      pending.push(...tailMerge.due(Date.now()));
      if (pending.length === 0) return;
      if (cutOffIfBacklogged(socket)) return; // a browser that stopped reading: its lines must not pile up here
      socket.emit("logs:lines", { serviceId, lines: pending });
      pending = [];
    }, FLUSH_MS);
    const cleanup: (() => void)[] = [() => clearInterval(timer)];
    // This follow's own stop: a failure here ends this follow only, never one the browser asked for after it.
    const stopThis = () => {
      cancelled = true;
      for (const c of cleanup) c();
      if (stop === stopThis) stop = null;
    };
    stop = stopThis;
    try {
      const engine = await runtime.engine();
      const service = await engine.service(serviceId);
      if (!service) throw new Error(`no such service: ${serviceId}`);
      const unreadable = unreadableDriver(service.Spec.TaskTemplate.LogDriver);
      if (unreadable) throw new Error(unreadable);
      const stream = await engine.serviceLogLines(service.ID, { tail, follow: true });
      if (cancelled) return stream.destroy();
      cleanup.push(() => stream.destroy());
      stream.on("data", (batch: LogLine[]) => {
        const lines = batch.map((l) => ({ stream: l.stream, time: l.time, taskId: l.taskId, nodeId: l.nodeId, text: l.text }));
        pending.push(...tailMerge.push(lines, Date.now()));
      });
      stream.on("end", () => {
        pending.push(...tailMerge.due(Number.POSITIVE_INFINITY));
        if (pending.length) socket.emit("logs:lines", { serviceId, lines: pending });
        pending = [];
        if (!cancelled) socket.emit("logs:end", { serviceId });
      });
      stream.on("error", (err) => {
        if (!cancelled) socket.emit("logs:error", { serviceId, message: readableError(toEngineError(err).message) });
      });
    } catch (err) {
      const superseded = cancelled;
      stopThis();
      if (!superseded) socket.emit("logs:error", { serviceId, message: readableError(toEngineError(err).message) });
    }
  });

  socket.on("logs:stop", () => {
    stop?.();
    stop = null;
  });
  socket.on("disconnect", () => stop?.());
}
