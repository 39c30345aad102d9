// End to end in Chromium on the real lab swarm: a service no node can run shows its rejected task with the engine's error and a red legend entry by default, without "Show stopped tasks".
import { expect, test } from "@playwright/test";
import { docker, dockerJsonLines, uniqueName } from "../test/support/docker-cli";

/** Services this file made (removed in afterAll, whatever happened). */
const mine: string[] = [];

test.afterAll(async () => {
  for (const name of mine) await docker("service", "rm", name).catch(() => undefined);
});

/** The service's rejected tasks as the CLI lists them, newest first (by the engine's CreatedAt). */
async function rejectedTasks(service: string): Promise<{ ID: string; Error: string; createdAt: string }[]> {
  const listed = (await dockerJsonLines("service", "ps", "--no-trunc", service)).filter((t) => t.CurrentState.startsWith("Rejected"));
  if (listed.length === 0) return [];
  const created = (await docker("inspect", "--format", '{{.ID}} {{.CreatedAt.Format "2006-01-02T15:04:05.000000000Z07:00"}}', ...listed.map((t) => t.ID)))
    .trim()
    .split("\n")
    .map((line) => line.split(" "));
  const createdAt = new Map(created.map(([id, at]) => [id, at]));
  return listed.map((t) => ({ ID: t.ID, Error: t.Error.replace(/^"(.*)"$/, "$1"), createdAt: createdAt.get(t.ID) ?? "" })).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

test("an image no node has: its newest rejected task with the engine's error on the board, and the legend entry red with the reason", async ({ page }) => {
  const svc = uniqueName("fail-image");
  mine.push(svc);
  await docker("service", "create", "--detach", "--no-resolve-image", "--name", svc, "--stop-grace-period", "1s", "lab/no-such-image:1");

  // The engine rejects it (docker service ps keeps the rejected attempts, with the engine's error).
  await expect.poll(async () => (await rejectedTasks(svc)).length, { timeout: 60_000 }).toBeGreaterThan(0);

  await page.goto("/");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await expect(page.getByTestId("toggle-history")).toHaveAttribute("aria-checked", "false");

  // One rejected card (one slot), the newest attempt, marked as past, with the engine's error, in its node's column (or Unassigned).
  const card = page.locator(`[data-testid="task"][data-service-name="${svc}"][data-state="rejected"]`);
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute("data-past-failure", "true");
  await expect(card.getByTestId("past-failure")).toBeVisible();
  await expect(async () => {
    const tasks = await rejectedTasks(svc);
    const id = await card.getAttribute("data-task-id");
    const shown = tasks.find((t) => t.ID === id);
    expect(shown, "the card is one of the CLI's rejected tasks").toBeDefined();
    expect(id, "the card is the newest rejected attempt").toBe(tasks[0].ID);
    expect(shown?.Error).not.toBe("");
    await expect(card).toContainText(shown!.Error, { timeout: 1000 });
    const nodeId = await card.getAttribute("data-node-id");
    const columnOf = nodeId ? page.locator(`[data-testid="node"][data-node-id="${nodeId}"]`) : page.getByTestId("unassigned");
    await expect(columnOf.locator(`[data-task-id="${id}"]`)).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });

  // The legend entry: red, the reason in data-problem and in its title (hover).
  const entry = page.locator(`[data-testid="legend-service"][data-service-name="${svc}"]`);
  await expect(entry).toHaveAttribute("data-running", "0");
  await expect(entry).toHaveAttribute("data-problem", /no such image/i);
  const problem = (await entry.getAttribute("data-problem")) ?? "";
  expect(await entry.getAttribute("title")).toContain(problem);
  await expect(entry).toHaveClass(/border-red-600/);
});
