// Runs stack checks on one worker thread, a job at a time: a 1 MB compose file costs that thread seconds, never the event loop every viewer's board streams from.
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckedStack, StackInput } from "./input";
import type { LiveObjects } from "./plan";

/** Checks waiting behind the running one; more are refused (503) rather than queued without end. */
export const MAX_WAITING_CHECKS = 8;
/** A check that runs longer is stopped with its thread (every check is linear in its input; 1 MB takes a few seconds). */
export const CHECK_TIMEOUT_MS = 30_000;
/** The worker's heap: an input that would need more stops the worker, not the server. */
const WORKER_HEAP_MB = 512;

/** The check could not be run now or did not finish: `status` is what to answer (503 busy, 400 the input was too costly). */
export class CheckError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 503,
  ) {
    super(message);
  }
}

interface Job {
  id: number;
  input: StackInput;
  live: LiveObjects | null;
  resolve(r: CheckedStack): void;
  reject(e: Error): void;
}

type Reply = { id: number; result?: CheckedStack; error?: string };

let worker: Worker | null = null;
let running: Job | null = null;
let timer: NodeJS.Timeout | null = null;
const waiting: Job[] = [];
let nextId = 1;

function startWorker(): Worker {
  const tsx = createRequire(__filename).resolve("tsx/cjs");
  const entry = path.join(__dirname, "check-worker.ts");
  const w = new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  w.unref();
  w.on("message", (reply: Reply) => {
    const job = running;
    if (!job || reply.id !== job.id) return;
    finish();
    if (reply.result) job.resolve(revive(reply.result));
    else job.reject(new Error(reply.error ?? "the check failed"));
  });
  const lost = (why: string) => {
    if (worker !== w) return;
    worker = null;
    const job = running;
    finish();
    job?.reject(new CheckError(why, 400));
  };
  w.on("error", (err) => lost(/heap|memory/i.test(err.message) ? "checking this input needed more memory than a check may use" : `the check failed: ${err.message}`));
  w.on("exit", () => lost("the check stopped before it finished"));
  return w;
}

/** Buffers arrive as plain Uint8Arrays after the thread boundary. */
function revive(result: CheckedStack): CheckedStack {
  const files = new Map<string, Buffer>();
  for (const [k, v] of result.files) files.set(k, Buffer.from(v.buffer, v.byteOffset, v.byteLength));
  return { ...result, files };
}

function finish(): void {
  worker?.unref();
  if (timer) clearTimeout(timer);
  timer = null;
  running = null;
  setImmediate(pump);
}

function pump(): void {
  if (running || waiting.length === 0) return;
  const job = waiting.shift()!;
  running = job;
  worker ??= startWorker();
  const w = worker;
  timer = setTimeout(() => {
    worker = null;
    const j = running;
    finish();
    void w.terminate();
    j?.reject(new CheckError(`the check took over ${CHECK_TIMEOUT_MS / 1000} s and was stopped`, 400));
  }, CHECK_TIMEOUT_MS);
  timer.unref();
  w.ref(); // a check in progress keeps the process alive; an idle thread does not
  w.postMessage({ id: job.id, input: job.input, live: job.live });
}

/** checkStack (input.ts) on the check thread; rejects with CheckError when busy or when the check could not finish. */
export function checkStackOffThread(input: StackInput, live: LiveObjects | null): Promise<CheckedStack> {
  if (waiting.length >= MAX_WAITING_CHECKS) {
    return Promise.reject(new CheckError(`${MAX_WAITING_CHECKS + 1} stack checks are running or waiting; try again in a few seconds`, 503));
  }
  return new Promise((resolve, reject) => {
    waiting.push({ id: nextId++, input, live, resolve, reject });
    pump();
  });
}

/** Stops the check thread (server shutdown, tests); a later check starts a new one. */
export async function stopCheckThread(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
