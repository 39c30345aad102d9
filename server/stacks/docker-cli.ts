// Runs the docker CLI (the reference implementation of compose for stacks) against the engine Swarmscope watches: argument arrays, never a shell.
import { execFile, spawn } from "node:child_process";
import type { DockerCliStatus } from "../../lib/stack-types";
import type { Endpoint } from "../engine/connection";

export const INSTALL_HINT =
  "Install the docker CLI on the machine that runs Swarmscope and make sure it is on PATH: on Debian/Ubuntu `apt-get install docker.io` (or docker-ce-cli from Docker's repository), then restart Swarmscope.";

/** The environment for the CLI: only what it needs, with DOCKER_HOST (and TLS settings) pointing at the watched engine. */
export function cliEnv(endpoint: Endpoint, base: Record<string, string | undefined> = process.env): Record<string, string> {
  const env: Record<string, string> = { PATH: base.PATH ?? "/usr/local/bin:/usr/bin:/bin", HOME: base.HOME ?? "/tmp", DOCKER_HOST: endpoint.label };
  if (base.DOCKER_CONFIG) env.DOCKER_CONFIG = base.DOCKER_CONFIG;
  if (endpoint.kind === "tcp" && endpoint.tls) {
    env.DOCKER_CERT_PATH = endpoint.tls.certPath;
    if (endpoint.tls.verify) env.DOCKER_TLS_VERIFY = "1";
    else env.DOCKER_TLS = "1";
  }
  return env;
}

export interface CliRun {
  code: number | null;
  /** Set when the CLI could not be started at all (e.g. not installed). */
  error: string | null;
}

/** Spawns `docker ...args`, feeding stdin and handing each output line to onLine as it comes. */
export function runDocker(
  args: readonly string[],
  opts: { env: Record<string, string>; cwd?: string; stdin?: string; onLine: (stream: "stdout" | "stderr", text: string) => void; onSpawn?: (pid: number) => void },
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn("docker", [...args], { env: opts.env as NodeJS.ProcessEnv, cwd: opts.cwd, stdio: ["pipe", "pipe", "pipe"], shell: false });
    running.add(child);
    if (child.pid) opts.onSpawn?.(child.pid);
    let settled = false;
    const done = (run: CliRun) => {
      running.delete(child);
      if (!settled) {
        settled = true;
        resolve(run);
      }
    };
    for (const stream of ["stdout", "stderr"] as const) {
      let buffer = "";
      child[stream].setEncoding("utf8");
      child[stream].on("data", (chunk: string) => {
        buffer += chunk;
        let nl: number;
        while ((nl = buffer.indexOf("\n")) !== -1) {
          opts.onLine(stream, buffer.slice(0, nl).replace(/\r$/, ""));
          buffer = buffer.slice(nl + 1);
        }
      });
      child[stream].on("end", () => {
        if (buffer) opts.onLine(stream, buffer);
        buffer = "";
      });
    }
    child.on("error", (err: NodeJS.ErrnoException) =>
      done({ code: null, error: err.code === "ENOENT" ? `the docker CLI is not installed (not found on PATH). ${INSTALL_HINT}` : err.message }),
    );
    child.on("close", (code, signal) => done({ code, error: signal ? `the docker CLI was stopped (${signal}) before it finished: the server is shutting down` : null }));
    child.stdin.on("error", () => undefined);
    child.stdin.end(opts.stdin ?? "");
  });
}

/**
 * The CLI runs that are under way. They stop with the server: on shutdown they are sent SIGTERM (stopRunningCli), and if the
 * server dies first the CLI dies at its next line of output (its pipes are gone) or is stopped at the next start (recover.ts).
 */
const running = new Set<ReturnType<typeof spawn>>();

export function stopRunningCli(): number {
  for (const child of running) child.kill("SIGTERM");
  return running.size;
}

const cache = new Map<string, { at: number; status: DockerCliStatus }>();

/** `docker --version` on the server's PATH (as it is now), remembered for a minute. */
export function dockerCliStatus(pathEnv: string = process.env.PATH ?? ""): Promise<DockerCliStatus> {
  const cached = cache.get(pathEnv);
  if (cached && Date.now() - cached.at < 60_000) return Promise.resolve(cached.status);
  return new Promise((resolve) => {
    const env: Record<string, string> = { PATH: pathEnv, HOME: process.env.HOME ?? "/tmp" };
    execFile("docker", ["--version"], { timeout: 5000, env: env as NodeJS.ProcessEnv }, (err, stdout) => {
      const status: DockerCliStatus = err
        ? {
            available: false,
            version: null,
            message: "The docker CLI is not installed on the Swarmscope server, so compose files cannot be deployed from here (reading stacks still works).",
            hint: INSTALL_HINT,
          }
        : { available: true, version: stdout.trim(), message: null, hint: null };
      cache.set(pathEnv, { at: Date.now(), status });
      resolve(status);
    });
  });
}
