// The worker thread's side of check-thread.ts: checks each stack it is sent and posts the result back.
import { parentPort } from "node:worker_threads";
import { checkStack, type StackInput } from "./input";
import type { LiveObjects } from "./plan";

parentPort?.on("message", (job: { id: number; input: StackInput; live: LiveObjects }) => {
  try {
    parentPort?.postMessage({ id: job.id, result: checkStack(job.input, job.live) });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: (err as Error).message });
  }
});
