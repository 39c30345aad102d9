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
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(path.dirname(labSocket(node)), "docker.pid"), "utf8").trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
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

/** scripts/lab-swarm restart NODE: starts the daemon again (a dead one too) and waits until the swarm is all Ready. */
export async function restartNode(node: string): Promise<void> {
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
