// The process's last line of defence: an exception or rejection nobody caught is logged and counted, and the server keeps serving.
/**
 * Nothing reachable from input should get here (the hostile tests check that the counter stays 0); if a bug
 * does, one request fails instead of every viewer's stream. Counted on /metrics as swarmscope_uncaught_errors_total.
 */
let installed = false;
export const uncaught = { count: 0 };

export function installProcessGuard(log: (message: string) => void = (m) => console.error(m)): void {
  if (installed) return;
  installed = true;
  process.on("uncaughtException", (err) => {
    uncaught.count++;
    log(`Swarmscope: uncaught exception (the server keeps running): ${err?.stack ?? err}`);
  });
  process.on("unhandledRejection", (reason) => {
    uncaught.count++;
    log(`Swarmscope: unhandled rejection (the server keeps running): ${(reason as Error)?.stack ?? reason}`);
  });
}
