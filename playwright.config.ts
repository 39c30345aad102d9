// Playwright: end-to-end tests in Debian's Chromium against the production build on the real lab swarm.
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);

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
  webServer: {
    command: "node_modules/.bin/tsx server/index.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    // /api/health answers 200 only once the engine is live: the tests start on a synced model.
    timeout: 120_000,
    reuseExistingServer: false,
    env: { NODE_ENV: "production", PORT: String(PORT), HOST: "127.0.0.1", DOCKER_HOST: process.env.DOCKER_HOST ?? "" },
    stdout: "pipe",
    stderr: "pipe",
  },
});
