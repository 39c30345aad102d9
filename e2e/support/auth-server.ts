// A production Swarmscope with users configured, for e2e specs that need sign-in: its own data dir, the first admin from the environment.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
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
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-e2e-auth-"));
  const server: ChildProcess = spawn("node_modules/.bin/tsx", ["server/index.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", SWARMSCOPE_DATA_DIR: dataDir, SWARMSCOPE_ADMIN_PASSWORD: adminPassword },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, { timeout: 120_000 }).toBe(200);
  return {
    base,
    dataDir,
    stop() {
      if (server.pid) process.kill(server.pid, "SIGTERM");
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
