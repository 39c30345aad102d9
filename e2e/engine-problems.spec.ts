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

test("without an engine, the pages that need none still work under the problem: /admin lists users and the audit, /stacks/deploy checks a compose file", async ({ page }) => {
  const base = `http://127.0.0.1:${PORTS.noEngine}`;
  await page.goto(`${base}/admin`);
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "unreachable");
  await expect(page.getByTestId("without-engine")).toContainText("users, share links and the audit log work as usual");
  // Local mode: the local session is an admin, so the admin page itself shows, with its audit log.
  await expect(page.getByTestId("admin")).toBeVisible();

  await page.goto(`${base}/stacks/deploy`);
  await expect(page.getByTestId("engine-problem")).toBeVisible();
  await expect(page.getByTestId("without-engine")).toContainText("checking a compose file and its settings works");
  await page.getByTestId("stack-name").fill("offline");
  await page.getByTestId("compose").fill('version: "3.8"\nservices:\n  web:\n    image: lab/busybox:1\n    ports:\n      - "eighty"\n');
  await page.getByTestId("check-button").click();
  await expect(page.getByTestId("problem")).toHaveAttribute("data-path", "services.web.ports[0]");
  await expect(page.getByTestId("deploy-button")).toBeDisabled();
  // Fixed, the files check out; the preview and the deploy wait for the engine, and say so.
  await page.getByTestId("compose").fill('version: "3.8"\nservices:\n  web:\n    image: lab/busybox:1\n    ports:\n      - "8080:80"\n');
  await page.getByTestId("check-button").click();
  await expect(page.getByTestId("check")).toContainText("✔ The files check out");
  await expect(page.getByTestId("problem")).toHaveCount(0);
  await expect(page.getByTestId("check-engine-problem")).toContainText("no preview, and no deploy until it answers");
  await expect(page.getByTestId("deploy-button")).toBeDisabled();

  // A page that needs the engine still shows only the problem.
  await page.goto(`${base}/networks`);
  await expect(page.getByTestId("engine-problem")).toBeVisible();
  await expect(page.getByTestId("without-engine")).toHaveCount(0);
});
