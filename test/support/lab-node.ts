// One lab node's dockerd for failover tests and the benchmark: its pid (scripts/lab-swarm's pid file), kill -9, and bringing it back with lab-swarm restart.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { dockerOn, labSocket } from "./docker-cli";

const run = promisify(execFile);
const LAB_SWARM = path.resolve(__dirname, "../../scripts/lab-swarm");

export function labHost(node: string): string {
  return `unix://${labSocket(node)}`;
}

/** The node's running dockerd, or null (no pid file, or that process is gone). */
export function daemonPid(node: string): number | null {
  const pid = pidFilePid(node);
  if (pid === null) return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z") || !cmdline.includes(`/swarmscope-lab/${node}/`)) return null;
  } catch {
    return null;
  }
  return pid;
}

/** kill -9 the node's dockerd; returns its pid. Throws when it is not running. */
export function killDaemon(node: string): number {
  const pid = daemonPid(node);
  if (pid === null) throw new Error(`${node}'s dockerd is not running`);
  process.kill(pid, "SIGKILL");
  return pid;
}

/** The pid in the node's pid file, alive, dying or a zombie. */
function pidFilePid(node: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(path.dirname(labSocket(node)), "docker.pid"), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * scripts/lab-swarm restart NODE: starts the daemon again (a dead one too) and waits until the swarm is all Ready.
 * A killed dockerd stays in /proc until it is reaped, and a new dockerd refuses to start while the pid in its pid file
 * exists ("pid file found"): wait for that first (bounded, in steps).
 */
export async function restartNode(node: string): Promise<void> {
  const old = pidFilePid(node);
  for (let step = 0; old !== null && daemonPid(node) === null && fs.existsSync(`/proc/${old}`) && step < 300; step++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  await run(LAB_SWARM, ["restart", node], { maxBuffer: 4 << 20, timeout: 180_000 });
}

/** The node's dockerd is back if it was killed (afterAll: leave the lab as found). */
export async function ensureRunning(node: string): Promise<void> {
  if (daemonPid(node) === null) await restartNode(node);
}

/** MANAGER STATUS of a node as seen from `via` (Leader, Reachable, Unreachable). */
export async function managerStatus(via: string, node: string): Promise<string> {
  return (await dockerOn(labHost(via), "node", "inspect", node, "--format", "{{.ManagerStatus.Leader}} {{.ManagerStatus.Reachability}}")).trim();
}
