// A production Swarmscope with users configured, for e2e specs that need sign-in: its own data dir, the first admin from the environment.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

export interface AuthServer {
  base: string;
  dataDir: string;
  stop(): void;
}

/** Starts it on `port` (watching the lab's DOCKER_HOST) and waits until /api/health answers 200 (engine live). */
export async function startAuthServer(port: number, adminPassword: string): Promise<AuthServer> {
  await assertPortFree(port);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-e2e-auth-"));
  const server: ChildProcess = spawn("node_modules/.bin/tsx", ["server/index.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", SWARMSCOPE_DATA_DIR: dataDir, SWARMSCOPE_ADMIN_PASSWORD: adminPassword },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  // Health is read only while our own server is alive: one that exited (say, the port was taken) must not pass as ready.
  const health = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return `exited before listening on ${port} (is the port taken?)`;
    return (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0;
  };
  await expect.poll(health, { timeout: 120_000 }).toBe(200);
  return {
    base,
    dataDir,
    stop() {
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fails at once, naming the port, when something already listens there (another spec's server would answer our checks). */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`port ${port} is already in use; see e2e/support/ports.ts`)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}
