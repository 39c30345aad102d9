// Runs the docker CLI (the reference) against the lab swarm for integration tests; arguments as an array, no shell.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The lab's DOCKER_HOST; the test run sets it (scripts/test-all). Fails loudly instead of skipping. */
export function labDockerHost(): string {
  const host = process.env.DOCKER_HOST;
  if (!host) throw new Error("DOCKER_HOST is not set: start the lab with `scripts/lab-swarm up` and export what it prints");
  return host;
}

export function docker(...args: string[]): Promise<string> {
  return dockerOn(labDockerHost(), ...args);
}

/** The docker CLI against any engine (the lab's, the demo's). */
export async function dockerOn(host: string, ...args: string[]): Promise<string> {
  const { stdout } = await run("docker", args, { env: { ...process.env, DOCKER_HOST: host }, maxBuffer: 16 << 20 });
  return stdout;
}

/** `docker … --format '{{json .}}'`: one JSON object per line. */
export async function dockerJsonLines<T = Record<string, string>>(...args: string[]): Promise<T[]> {
  const out = await docker(...args, "--format", "{{json .}}");
  return out
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** A unique service name per test run, so leftovers never collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 7)}`;
}

export const LAB_IMAGE = "lab/busybox:1";

/** docker service create --detach --no-resolve-image --name NAME --replicas N …rest (the lab has no registry). */
export function createLabService(name: string, replicas: number | string, ...rest: string[]): Promise<string> {
  return docker("service", "create", "--detach", "--no-resolve-image", "--name", name, "--replicas", String(replicas), ...rest);
}

/** docker run -d --name NAME …flags lab/busybox:1 sleep 86400: a plain container on the local engine (remove it with docker rm -f). */
export function runLabContainer(name: string, ...flags: string[]): Promise<string> {
  return docker("run", "-d", "--name", name, ...flags, LAB_IMAGE, "sleep", "86400");
}

/** Where scripts/lab-swarm puts a node's engine socket (its RUN_DIR): /run/swarmscope-lab/NODE/docker.sock. */
export function labSocket(node: string): string {
  return `/run/swarmscope-lab/${node}/docker.sock`;
}
