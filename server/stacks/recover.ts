// At start-up: deploys the last server did not see to the end are marked interrupted (and a docker CLI that outlived it is stopped); crash leftovers go.
import fs from "node:fs";
import type { StackStore } from "./store";

/** The process is a docker CLI deploying this stack (not some later process that got the same pid). */
function isOurCli(pid: number, stack: string): boolean {
  try {
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return /(^|\/)docker$/.test(argv[0]) && argv.includes("stack") && argv.includes("deploy") && argv.at(-2) === stack;
  } catch {
    return false;
  }
}

export interface Recovery {
  /** Temporary files removed (paths). */
  wiped: string[];
  /** Stacks whose deploy was found under way, and what was done about each. */
  interrupted: { stack: string; outcome: string }[];
}

/** Runs before the server listens; `record` writes the audit entry for each interrupted deploy. */
export async function recoverDeploys(store: StackStore, record: (stack: string, outcome: string) => void): Promise<Recovery> {
  const wiped = await store.wipeLeftovers();
  const interrupted: Recovery["interrupted"] = [];
  for (const saved of await store.list()) {
    if (saved.state !== "deploying") continue;
    let cli = "the docker CLI ended with it";
    if (saved.pid && isOurCli(saved.pid, saved.name)) {
      process.kill(saved.pid, "SIGTERM");
      cli = `the docker CLI (pid ${saved.pid}) was still running and has been stopped`;
    }
    const outcome = `the server stopped while docker stack deploy ran (started ${saved.deployedAt} by ${saved.by}); ${cli}. Some of the stack may have been created or changed: deploy again to finish it, or remove the stack`;
    await store.update(saved.name, { state: "interrupted", outcome, pid: null });
    record(saved.name, outcome);
    interrupted.push({ stack: saved.name, outcome });
  }
  return { wiped, interrupted };
}
