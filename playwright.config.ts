// Playwright: end-to-end tests in Debian's Chromium against the production build on the real lab swarm.
import { defineConfig } from "@playwright/test";

import { PORTS } from "./e2e/support/ports";

const PORT = PORTS.main;
/** The demo server's data folder (its audit log, demo.sock); a stale socket of a killed run is replaced at start. */
const DEMO_DATA_DIR = `/tmp/swarmscope-e2e-demo-${PORTS.demo}`;

/** The production server on `port`, watching `dockerHost`; ready when `ready` answers 200 (/api/health: once live). */
function server(port: number, dockerHost: string, ready: string, extraEnv: Record<string, string> = {}) {
  return {
    command: "node_modules/.bin/tsx server/index.ts",
    url: `http://127.0.0.1:${port}${ready}`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DOCKER_HOST: dockerHost, ...extraEnv },
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 60_000 },
  reporter: [["list"], ["json", { outputFile: "test-reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: [
    server(PORT, process.env.DOCKER_HOST ?? "", "/api/health"),
    // Two more servers for e2e/engine-problems.spec.ts: one pointed at no engine, one at a lab worker.
    // Each with its own data folder: one history file has one writer (server/history/history-lock.ts).
    server(PORTS.noEngine, "unix:///run/swarmscope-nothing-here/docker.sock", "/metrics", { SWARMSCOPE_DATA_DIR: `/tmp/swarmscope-e2e-data-${PORTS.noEngine}` }),
    server(PORTS.worker, (process.env.DOCKER_HOST ?? "").replace(/manager\d+(?=\/docker\.sock$)/, "worker1"), "/metrics", {
      SWARMSCOPE_DATA_DIR: `/tmp/swarmscope-e2e-data-${PORTS.worker}`,
    }),
    // For e2e/demo.spec.ts: no engine configured, so the server starts its demo swarm (its own data folder holds demo.sock).
    server(PORTS.demo, "", "/api/health", { SWARMSCOPE_DEMO: "1", SWARMSCOPE_DATA_DIR: DEMO_DATA_DIR }),
  ],
});
