// End to end in Chromium on the real lab swarm: the board replays a moment before a drain (same test hooks, a banner, no action controls),
// plays forward at 4× to the drained state, /timeline lists the drain linking back to the board, and a task's state path opens on its service page.
import { expect, type Page, test } from "@playwright/test";
import { docker, dockerJsonLines, LAB_IMAGE, uniqueName } from "../test/support/docker-cli";

test.describe.configure({ mode: "serial" });

const service = uniqueName("hist");

test.afterAll(async () => {
  await docker("node", "update", "--availability", "active", "worker2").catch(() => undefined);
  await docker("service", "rm", service).catch(() => undefined);
});

const running = (page: Page) => page.locator(`[data-testid="task"][data-service-name="${service}"][data-state="running"]`);
const column = (page: Page, name: string) => page.locator(`[data-testid="node"][data-node-name="${name}"]`);

/** Task id → node id of the service's running cards on the page. */
async function placements(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const card of await running(page).all()) out[(await card.getAttribute("data-task-id"))!] = (await card.getAttribute("data-node-id"))!;
  return out;
}

/** The engine's running tasks of the service: task id → node hostname. */
async function cliRunning(): Promise<Record<string, string>> {
  const ps = await dockerJsonLines("service", "ps", "--no-trunc", "--filter", "desired-state=running", service);
  return Object.fromEntries(ps.filter((t) => t.CurrentState.startsWith("Running")).map((t) => [t.ID, t.Node]));
}

let before: Record<string, string> = {};
let notedAt = "";
let worker2Id = "";

test("replay before a drain: the cards on the nodes they were on, a banner, no action controls; play at 4× reaches the drained state", async ({ page }) => {
  worker2Id = (await docker("node", "inspect", "--format", "{{.ID}}", "worker2")).trim();
  // The lab is shared: wait until worker2 takes tasks (another run may have it drained for a while), so the service spreads onto it.
  await expect(async () => {
    expect((await docker("node", "inspect", "--format", "{{.Spec.Availability}} {{.Status.State}}", "worker2")).trim()).toBe("active ready");
  }).toPass({ timeout: 120_000 });
  await docker(
    "service",
    "create",
    "--detach",
    "--no-resolve-image",
    "--name",
    service,
    "--replicas",
    "4",
    "--constraint",
    "node.role==worker",
    "--stop-grace-period",
    "1s",
    LAB_IMAGE,
    "sleep",
    "86400",
  );
  await page.goto("/");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await expect(running(page)).toHaveCount(4);
  // The board agrees with the engine, and worker2 has some of the tasks.
  await expect(async () => {
    const cli = await cliRunning();
    expect(Object.keys(cli)).toHaveLength(4);
    expect(Object.values(cli)).toContain("worker2");
    for (const [id, node] of Object.entries(cli)) await expect(column(page, node).locator(`[data-task-id="${id}"]`)).toHaveAttribute("data-state", "running", { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  before = await placements(page);
  expect(Object.values(before)).toContain(worker2Id);
  notedAt = new Date().toISOString();
  // The live board has action controls (what the replay must not have).
  await expect(page.getByTestId("scale-up").first()).toBeVisible();

  await docker("node", "update", "--availability", "drain", "worker2");
  try {
    await expect(async () => {
      const cli = await cliRunning();
      expect(Object.keys(cli)).toHaveLength(4);
      expect(Object.values(cli)).not.toContain("worker2");
    }).toPass({ timeout: 90_000 });
    await expect(column(page, "worker2")).toHaveAttribute("data-availability", "drain");
    await expect(column(page, "worker2").locator(`[data-testid="task"][data-service-name="${service}"][data-state="running"]`)).toHaveCount(0);
    await expect(running(page)).toHaveCount(4);

    // The board as it was at the noted moment.
    await page.goto(`/?at=${encodeURIComponent(notedAt)}`);
    const banner = page.getByTestId("replay-banner");
    await expect(banner).toContainText("Replay — ");
    await expect(banner).toHaveAttribute("data-loading", "false");
    await expect(banner.getByTestId("replay-live")).toHaveAttribute("href", "/");
    await expect(page.getByTestId("node")).toHaveCount(5);
    await expect(column(page, "worker2")).toHaveAttribute("data-availability", "active");
    await expect(running(page)).toHaveCount(4);
    expect(await placements(page)).toEqual(before);
    // No action controls while replaying: no scale buttons, node menus, drawers or presenter panel.
    for (const id of ["scale-up", "scale-down", "service-actions-open", "node-availability", "node-actions-open", "action-drawer", "present-open"]) {
      await expect(page.getByTestId(id)).toHaveCount(0);
    }
    await expect(page.getByTestId("connection")).toHaveCount(0);

    // Play at 4×: the board moves on to the drained state by itself.
    await page.getByRole("button", { name: "Play at 4×" }).click();
    await expect(page.getByRole("button", { name: "Play at 4×" })).toHaveAttribute("aria-pressed", "true");
    await page.getByTestId("timeline-play").click();
    await expect(page.getByTestId("timeline-pause")).toBeVisible();
    await expect(column(page, "worker2")).toHaveAttribute("data-availability", "drain");
    await expect(column(page, "worker2").locator(`[data-testid="task"][data-service-name="${service}"][data-state="running"]`)).toHaveCount(0);
    await expect(running(page)).toHaveCount(4);
    await expect(page).toHaveURL(/[?&]at=/);
    const playedTo = Date.parse(new URL(page.url()).searchParams.get("at")!);
    expect(playedTo).toBeGreaterThan(Date.parse(notedAt));
    // Still a replay: no controls came back.
    await expect(page.getByTestId("scale-up")).toHaveCount(0);

    // Live again.
    await page.getByTestId("timeline-live").click();
    await expect(page).not.toHaveURL(/[?&]at=/);
    await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
    await expect(page.getByTestId("replay-banner")).toHaveCount(0);
    await expect(page.getByTestId("scale-up").first()).toBeVisible();
  } finally {
    await docker("node", "update", "--availability", "active", "worker2");
  }
});

test("the same moment on /present: the replay banner and the same cards", async ({ page }) => {
  await page.goto(`/present?at=${encodeURIComponent(notedAt)}`);
  await expect(page.getByTestId("replay-banner")).toContainText("Replay — ");
  await expect(running(page)).toHaveCount(4);
  expect(await placements(page)).toEqual(before);
});

test("a moment the server refuses shows its message naming the problem, not a blank board", async ({ page }) => {
  await page.goto("/?at=yesterday");
  const error = page.getByTestId("replay-error");
  await expect(error).toHaveAttribute("data-field", "at");
  await expect(error).toHaveAttribute("data-status", "400");
  await expect(error).toContainText("yesterday");
  await expect(page.getByTestId("task")).toHaveCount(0);
  await expect(error.getByTestId("replay-live")).toHaveAttribute("href", "/");
});

test("/timeline filtered to the service lists the drain, linking to the board at its moment", async ({ page }) => {
  await page.goto(`/timeline?service=${encodeURIComponent(service)}`);
  const drained = page.locator('[data-testid="timeline-entry"][data-kind="node-drained"]').filter({ hasText: "worker2" });
  await expect(drained.first()).toBeVisible();
  await expect(page.locator('[data-testid="timeline-entry"][data-kind="service-created"]')).toHaveCount(1);
  const at = (await drained.first().getAttribute("data-at"))!;
  expect(Date.parse(at)).toBeGreaterThan(Date.parse(notedAt));
  // The same filter from the form: kind node-drained only.
  await page.getByTestId("timeline-filter-kind").selectOption("node-drained");
  await page.getByTestId("timeline-apply").click();
  await expect(page).toHaveURL(/kind=node-drained/);
  await expect(page.locator('[data-testid="timeline-entry"]:not([data-kind="node-drained"])')).toHaveCount(0);
  await expect(drained.first()).toBeVisible();

  // A time range: from the noted moment on, the creation (before it) is left out and the drain stays.
  await page.getByTestId("timeline-filter-kind").selectOption("");
  await page.getByTestId("timeline-filter-from").fill(notedAt);
  await page.getByTestId("timeline-apply").click();
  await expect(page).toHaveURL(/from=/);
  await expect(drained.first()).toBeVisible();
  await expect(page.locator('[data-testid="timeline-entry"][data-kind="service-created"]')).toHaveCount(0);
  await page.getByTestId("timeline-filter-kind").selectOption("node-drained");
  await page.getByTestId("timeline-apply").click();
  await expect(page).toHaveURL(/kind=node-drained/);

  // Export: the filtered entries as JSON lines.
  const download = page.waitForEvent("download");
  await page.getByTestId("timeline-export").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.jsonl$/);
  const text = await (await file.createReadStream()).toArray();
  const lines = Buffer.concat(text)
    .toString("utf8")
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as { kind: string; objects: { services: string[] } });
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) expect(l.kind).toBe("node-drained");

  await drained.first().getByTestId("timeline-board-link").click();
  await expect(page).toHaveURL(/\/\?at=/);
  expect(new URL(page.url()).searchParams.get("at")).toBe(at);
  await expect(page.getByTestId("replay-banner")).toContainText("Replay — ");

  // An unknown service is the server's 400 naming the field.
  await page.goto("/timeline?service=no-such-service-hist-e2e");
  await expect(page.getByTestId("timeline-error")).toContainText("service");
});

test("a task card's name opens its service page with that task's state path open; the page lists the service's recorded changes", async ({ page }) => {
  await page.goto("/");
  const card = running(page).first();
  const taskId = (await card.getAttribute("data-task-id"))!;
  await card.getByRole("link").click();
  await expect(page.getByTestId("service-detail")).toHaveAttribute("data-service-name", service);
  const path = page.locator(`[data-testid="task-state-path"][data-task-id="${taskId}"]`);
  await expect(path.locator('[data-testid="task-state-step"][data-state="running"]').first()).toBeVisible();
  await expect(page.locator(`[data-testid="service-task-row"][data-task-id="${taskId}"]`).getByTestId("task-path-toggle")).toHaveAttribute("aria-expanded", "true");

  await docker("service", "scale", "--detach", `${service}=3`);
  const changes = page.getByTestId("service-changes");
  await expect(changes.locator('[data-testid="service-change"][data-kind="changed"]').filter({ hasText: "replicas: 4 → 3" })).toBeVisible();
  await expect(changes.locator('[data-testid="service-change"][data-kind="created"]')).toHaveCount(1);
});

test("a task's state path opens on its service page", async ({ page }) => {
  await page.goto(`/services/${encodeURIComponent(service)}`);
  const row = page.getByTestId("service-task-row").first();
  await row.getByTestId("task-path-toggle").click();
  await expect(row.getByTestId("task-path-toggle")).toHaveAttribute("aria-expanded", "true");
  const path = page.getByTestId("task-state-path").first();
  await expect(path).toHaveAttribute("data-task-id", (await row.getAttribute("data-task-id"))!);
  await expect(path.locator('[data-testid="task-state-step"][data-state="running"]').first()).toBeVisible();
});
