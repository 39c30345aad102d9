// End to end in Chromium: when the engine is missing or only a worker, the page says exactly that and how to fix it.
import { expect, test } from "@playwright/test";

import { PORTS } from "./support/ports";

test("no engine at DOCKER_HOST: an 'engine unreachable' panel with the address and a hint, never an empty cluster", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORTS.noEngine}/`);
  const problem = page.getByTestId("engine-problem");
  await expect(problem).toBeVisible();
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "unreachable");
  await expect(problem).toContainText("unix:///run/swarmscope-nothing-here/docker.sock");
  await expect(problem).toContainText("nothing is listening");
  await expect(problem).toContainText("DOCKER_HOST");
  await expect(page.getByTestId("node")).toHaveCount(0);
  const health = await page.request.get(`http://127.0.0.1:${PORTS.noEngine}/api/health`);
  expect(health.status()).toBe(503);
  expect((await health.json()).engine.state).toBe("unreachable");
});

test("a worker's engine: the page says it is not a manager and how to fix it", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORTS.worker}/`);
  const problem = page.getByTestId("engine-problem");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "not-manager");
  await expect(problem).toContainText("worker1");
  await expect(problem).toContainText("only a manager");
  await expect(problem).toContainText("docker node promote worker1");
  await expect(page.getByTestId("node")).toHaveCount(0);
});
