// End to end in Chromium on the real lab swarm: the visualizer follows the CLI's changes live, and survives a manager restart.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, type Page, test } from "@playwright/test";
import { docker, dockerJsonLines, LAB_IMAGE, uniqueName } from "../test/support/docker-cli";

const service = uniqueName("e2e");
const run = promisify(execFile);

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  await docker("service", "rm", service).catch(() => undefined);
  await docker("node", "update", "--availability", "active", "worker2").catch(() => undefined);
});

const cards = (page: Page) => page.locator(`[data-testid="task"][data-service-name="${service}"]`);
const running = (page: Page) => page.locator(`[data-testid="task"][data-service-name="${service}"][data-state="running"]`);
const column = (page: Page, name: string) => page.locator(`[data-testid="node"][data-node-name="${name}"]`);

test("shows 5 node columns with the right roles and one Leader", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await expect(page.getByTestId("node")).toHaveCount(5);
  for (const name of ["manager1", "manager2", "manager3"]) await expect(column(page, name)).toHaveAttribute("data-role", "manager");
  for (const name of ["worker1", "worker2"]) await expect(column(page, name)).toHaveAttribute("data-role", "worker");
  await expect(page.locator('[data-testid="node"][data-leader="true"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="node"][data-leader="true"]')).toContainText("Leader");
  // The same leader as the CLI says.
  const leader = (await dockerJsonLines("node", "ls")).find((n) => n.ManagerStatus === "Leader");
  await expect(page.locator('[data-testid="node"][data-leader="true"]')).toHaveAttribute("data-node-name", leader!.Hostname);
});

test("a service created with the CLI appears, and follows scale 2 → 5 → 1 without a reload", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await expect(cards(page)).toHaveCount(0);
  await docker("service", "create", "--detach", "--no-resolve-image", "--name", service, "--replicas", "2", "--stop-grace-period", "1s", LAB_IMAGE, "sleep", "86400");
  await expect(running(page)).toHaveCount(2);
  const legend = page.locator(`[data-testid="legend-service"][data-service-name="${service}"]`);
  await expect(legend).toHaveAttribute("data-running", "2");

  await docker("service", "scale", "--detach", `${service}=5`);
  await expect(running(page)).toHaveCount(5);
  await expect(legend).toHaveAttribute("data-desired", "5");
  await expect(legend).toHaveAttribute("data-running", "5");

  await docker("service", "scale", "--detach", `${service}=1`);
  await expect(running(page)).toHaveCount(1);
  await expect(cards(page)).toHaveCount(1); // stopped tasks are hidden unless history is on
  await expect(legend).toHaveAttribute("data-running", "1");

  // Every card sits in the column of the node the engine put it on.
  const tasks = await dockerJsonLines("service", "ps", "--no-trunc", "--filter", "desired-state=running", service);
  expect(tasks).toHaveLength(1);
  await expect(column(page, tasks[0].Node).locator(`[data-task-id="${tasks[0].ID}"]`)).toHaveAttribute("data-state", "running");

  // History shows every task the engine still keeps, as docker service ps lists them (scaled-down slots are deleted).
  await docker("service", "update", "--detach", "--force", service); // replaces the task: the old one is kept as history
  await expect(async () => {
    const ps = await dockerJsonLines("service", "ps", "--no-trunc", service);
    expect(ps.filter((t) => t.CurrentState.startsWith("Running"))).toHaveLength(1);
    expect(ps.length).toBeGreaterThan(1);
  }).toPass({ timeout: 60_000 });
  await expect(cards(page)).toHaveCount(1);
  await page.getByTestId("toggle-history").click();
  await expect(page).toHaveURL(/history=1/);
  await expect(async () => {
    const ps = await dockerJsonLines("service", "ps", "--no-trunc", service);
    await expect(cards(page)).toHaveCount(ps.length, { timeout: 1000 });
    for (const t of ps) {
      const state = t.CurrentState.split(" ")[0].toLowerCase();
      await expect(page.locator(`[data-task-id="${t.ID}"]`)).toHaveAttribute("data-state", state, { timeout: 1000 });
    }
  }).toPass({ timeout: 60_000 });
  await expect(page.locator(`[data-testid="task"][data-service-name="${service}"][data-state="shutdown"]`).first()).toBeVisible();
});

test("draining worker2 moves its tasks to other columns and marks it Drain", async ({ page }) => {
  await docker("service", "scale", "--detach", `${service}=6`);
  await page.goto("/");
  await expect(running(page)).toHaveCount(6);
  const onWorker2 = column(page, "worker2").locator(`[data-testid="task"][data-service-name="${service}"]`);
  await expect(onWorker2.first()).toBeVisible();
  const moved = await onWorker2.count();
  expect(moved).toBeGreaterThan(0);

  await docker("node", "update", "--availability", "drain", "worker2");
  await expect(column(page, "worker2")).toHaveAttribute("data-availability", "drain");
  await expect(column(page, "worker2")).toContainText("Drain");
  await expect(onWorker2).toHaveCount(0);
  await expect(running(page)).toHaveCount(6);
  const elsewhere = page.locator(`[data-testid="node"]:not([data-node-name="worker2"]) [data-testid="task"][data-service-name="${service}"][data-state="running"]`);
  await expect(elsewhere).toHaveCount(6);
  // The CLI agrees: nothing of the service runs on worker2.
  const ps = await dockerJsonLines("node", "ps", "--filter", "desired-state=running", "worker2");
  expect(ps.filter((t) => t.Name.startsWith(`${service}.`))).toHaveLength(0);

  await docker("node", "update", "--availability", "active", "worker2");
  await expect(column(page, "worker2")).toHaveAttribute("data-availability", "active");
});

test("restarting the connected manager's dockerd: the banner goes to reconnecting and back to live, and the view is right", async ({ page }) => {
  await page.goto("/");
  const banner = page.getByTestId("connection");
  await expect(banner).toHaveAttribute("data-state", "live");
  // Record every state the banner takes, so a short "reconnecting" cannot be missed.
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="connection"]')!;
    const seen: string[] = [el.getAttribute("data-state") ?? ""];
    (window as unknown as { bannerStates: string[] }).bannerStates = seen;
    new MutationObserver(() => seen.push(el.getAttribute("data-state") ?? "")).observe(el, { attributes: true, attributeFilter: ["data-state"] });
  });

  const host = process.env.DOCKER_HOST ?? "";
  const node = /\/swarmscope-lab\/([^/]+)\/docker\.sock$/.exec(host)?.[1] ?? "manager1";
  await run(path.join(process.cwd(), "scripts/lab-swarm"), ["restart", node], { maxBuffer: 16 << 20 });

  await expect(banner).toHaveAttribute("data-state", "live", { timeout: 90_000 });
  const states = await page.evaluate(() => (window as unknown as { bannerStates: string[] }).bannerStates);
  expect(states).toContain("reconnecting");
  expect(states.at(-1)).toBe("live");

  // Afterwards the view matches the CLI again: 5 Ready columns, the current leader, and the service's running tasks.
  await expect(page.getByTestId("node")).toHaveCount(5);
  await expect(page.locator('[data-testid="node"][data-status="ready"]')).toHaveCount(5);
  await expect(async () => {
    const leader = (await dockerJsonLines("node", "ls")).find((n) => n.ManagerStatus === "Leader");
    await expect(page.locator('[data-testid="node"][data-leader="true"]')).toHaveAttribute("data-node-name", leader!.Hostname, { timeout: 1000 });
    const tasks = await dockerJsonLines("service", "ps", "--no-trunc", "--filter", "desired-state=running", service);
    const live = tasks.filter((t) => t.CurrentState.startsWith("Running"));
    expect(live).toHaveLength(6);
    for (const t of live) await expect(column(page, t.Node).locator(`[data-task-id="${t.ID}"]`)).toHaveAttribute("data-state", "running", { timeout: 1000 });
  }).toPass({ timeout: 90_000 });
});
