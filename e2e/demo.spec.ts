// End to end in Chromium on the demo swarm (a server started with no engine configured): labelled as simulated, five living node columns, and a scale from the legend that converges.
import { expect, type Page, test } from "@playwright/test";
import { PORTS } from "./support/ports";

const BASE = `http://127.0.0.1:${PORTS.demo}`;

test.describe.configure({ mode: "serial" });

async function openBoard(page: Page): Promise<void> {
  await page.goto(`${BASE}/`);
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
}

/** Every task card's ID, node and state: what a viewer sees change. */
async function boardSignature(page: Page): Promise<string> {
  return (await page.locator('[data-testid="task"]').evaluateAll((cards) => cards.map((c) => `${c.dataset.taskId}@${c.dataset.nodeId}:${c.dataset.state}`).sort())).join();
}

test("a server with no engine configured shows the demo: banner and title say simulated, the API says so, five node columns with running tasks", async ({ page }) => {
  await openBoard(page);
  const banner = page.getByTestId("demo-banner");
  await expect(banner).toContainText("Simulated demo swarm — not a real cluster.");
  await expect(page).toHaveTitle(/^Demo swarm \(simulated\) · /);

  const health = await (await page.request.get(`${BASE}/api/health`)).json();
  expect(health.engine.simulated).toBe(true);
  expect(health.engine.host).toMatch(/^unix:\/\/\/.+\/demo\.sock$/);
  await expect(banner).toContainText(`export DOCKER_HOST=${health.engine.host}`);
  const cluster = await (await page.request.get(`${BASE}/api/v1/cluster`)).json();
  expect(cluster.state.engine).toMatchObject({ simulated: true, host: health.engine.host });

  const columns = page.locator('[data-testid="node"]');
  await expect(columns).toHaveCount(5);
  expect(await columns.evaluateAll((cs) => cs.map((c) => c.dataset.nodeName))).toEqual(["manager1", "manager2", "manager3", "worker1", "worker2"]);
  for (const name of ["manager1", "manager2", "manager3", "worker1", "worker2"]) {
    await expect(page.locator(`[data-testid="node"][data-node-name="${name}"] [data-testid="task"][data-state="running"]`).first()).toBeVisible();
  }
  // The demo's layout: the global node-agent on every node, and the shop stack (whose web and api the demo scales now and then).
  await expect(page.locator('[data-testid="task"][data-service-name="node-agent"][data-state="running"]')).toHaveCount(5);
  for (const service of ["shop_web", "shop_api", "shop_db"])
    await expect(page.locator(`[data-testid="task"][data-service-name="${service}"][data-state="running"]`).first()).toBeVisible();

  // Other pages carry the label too, the projection view included; the containers page says in words why it has none.
  for (const path of ["/networks", "/present", "/containers"]) {
    await page.goto(`${BASE}${path}`);
    await expect(page.getByTestId("demo-banner")).toBeVisible();
    await expect(page).toHaveTitle(/^Demo swarm \(simulated\) · /);
  }
  await expect(page.getByTestId("demo-limit")).toContainText("runs no containers; use a real engine for docker run, exec");
});

test("the board changes by itself within 30 s, with no reload", async ({ page }) => {
  await openBoard(page);
  await expect(page.locator('[data-testid="task"]').first()).toBeVisible();
  const before = await boardSignature(page);
  await expect.poll(() => boardSignature(page), { timeout: 30_000, intervals: [250] }).not.toBe(before);
});

test("scale from the legend converges on the demo: shop_db 1 → 3 → 1, the cards following", async ({ page }) => {
  await openBoard(page);
  const entry = page.locator('[data-testid="legend-service"][data-service-name="shop_db"]');
  const running = page.locator('[data-testid="task"][data-service-name="shop_db"][data-state="running"]');
  const feedback = page.getByTestId("action-drawer").getByTestId("action-feedback");
  await expect(running).toHaveCount(1);

  for (let i = 0; i < 2; i++) await entry.getByTestId("scale-up").click();
  await expect(feedback.getByTestId("action-cli")).toHaveText("docker service scale shop_db=3");
  await expect(feedback).toHaveAttribute("data-status", "ok");
  await expect(feedback.getByTestId("progress-phase")).toHaveAttribute("data-phase", "converged");
  await expect(running).toHaveCount(3);
  await expect(entry).toHaveAttribute("data-desired", "3");
  // shop_db is constrained to node.role == worker: the three replicas spread over worker1 and worker2, none on a manager.
  const placed = await running.evaluateAll((cs) => cs.map((c) => c.closest<HTMLElement>('[data-testid="node"]')?.dataset.nodeName));
  expect(new Set(placed)).toEqual(new Set(["worker1", "worker2"]));

  for (let i = 0; i < 2; i++) await entry.getByTestId("scale-down").click();
  await expect(feedback.getByTestId("action-cli")).toHaveText("docker service scale shop_db=1");
  await expect(feedback.getByTestId("progress-phase")).toHaveAttribute("data-phase", "converged");
  await expect(running).toHaveCount(1);
  await expect(entry).toHaveAttribute("data-desired", "1");
});
