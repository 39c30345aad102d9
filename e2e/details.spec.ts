// End to end in Chromium on the real lab swarm: the service, node and swarm pages say what the docker CLI says, and logs stream live.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { docker, LAB_IMAGE, uniqueName } from "../test/support/docker-cli";

const ticker = uniqueName("dt-logs");
const globalSvc = uniqueName("dt-glob");
const silent = uniqueName("dt-nolog");
const mine = [ticker, globalSvc, silent];

// 61 lines at once (so tail 50 visibly cuts), then one a second; every fifth line also an HTML-looking line on stderr.
const TICK = 'i=0; while true; do echo "tick $i"; if [ $((i % 5)) -eq 0 ]; then echo "<b>warn</b> $i" >&2; fi; i=$((i+1)); if [ $i -gt 60 ]; then sleep 1; fi; done';

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const common = ["service", "create", "--detach", "--no-resolve-image", "--stop-grace-period", "1s"];
  await docker(...common, "--name", ticker, "--replicas", "2", LAB_IMAGE, "sh", "-c", TICK);
  await docker(...common, "--name", globalSvc, "--mode", "global", LAB_IMAGE, "sleep", "86400");
  await docker(...common, "--name", silent, "--replicas", "1", "--log-driver", "none", LAB_IMAGE, "sleep", "86400");
});

test.afterAll(async () => {
  for (const name of mine) await docker("service", "rm", name).catch(() => undefined);
});

interface CliTask {
  id: string;
  name: string;
  image: string;
  node: string;
  desired: string;
  current: string;
}

/** `docker service ps` / `docker node ps` as a table (so history rows get the CLI's ` \_ ` prefix), one task per line. */
async function cliTasks(...command: string[]): Promise<CliTask[]> {
  const out = await docker(...command, "--no-trunc", "--format", "table {{.ID}}|{{.Name}}|{{.Image}}|{{.Node}}|{{.DesiredState}}|{{.CurrentState}}");
  return out
    .split("\n")
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [id, name, image, node, desired, current] = l.split("|");
      return { id: id.trim(), name: name.trimEnd(), image: image.trim(), node: node.trim(), desired: desired.trim(), current: current.trim() };
    });
}

/** The rows of a task table as the page draws them. */
async function pageTasks(page: Page, rowTestId: string): Promise<CliTask[]> {
  return page.locator(`[data-testid="${rowTestId}"]`).evaluateAll((rows) =>
    rows.map((row) => {
      const col = (name: string) => row.querySelector(`[data-col="${name}"]`)?.textContent ?? "";
      return {
        id: row.getAttribute("data-task-id") ?? "",
        name: col("name"),
        image: col("image"),
        node: col("node") === "—" ? "" : col("node"),
        desired: col("desired-state"),
        current: row.querySelector('[data-col-text="current-state"]')?.textContent ?? "",
        shortId: col("id"),
      };
    }),
  );
}

const AGO = /^[A-Z][a-z]+ (less than a second|1 second|\d+ seconds|about a minute|\d+ minutes|about an hour|\d+ hours|\d+ days) ago$/;

/** The page's task rows equal the CLI's: same tasks in the same order, names (with ` \_ `), images, nodes and state words. */
async function expectSameTasks(page: Page, rowTestId: string, cli: () => Promise<CliTask[]>): Promise<void> {
  await expect(async () => {
    const want = await cli();
    const got = await pageTasks(page, rowTestId);
    const comparable = (t: CliTask) => [t.id, t.name, t.image, t.node, t.desired, t.current.split(" ")[0]];
    expect(got.map(comparable)).toEqual(want.map(comparable));
    for (const t of got) expect(t.current).toMatch(AGO);
    for (const t of got as (CliTask & { shortId: string })[]) expect(t.shortId).toBe(t.id.slice(0, 12));
  }).toPass({ timeout: 60_000 });
}

async function openLive(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
}

const linesOf = (page: Page, taskId: string): Locator => page.locator(`[data-testid="log-line"][data-task-id="${taskId}"]`);

/** The tick numbers of a task's stdout lines on the page. */
async function ticks(page: Page, taskId: string): Promise<number[]> {
  const texts = await page.locator(`[data-testid="log-line"][data-task-id="${taskId}"][data-stream="stdout"] [data-testid="log-text"]`).allTextContents();
  return texts.map((t) => Number(/^tick (\d+)$/.exec(t)?.[1] ?? NaN));
}

test("service logs stream from both tasks with name.slot@node, and search, pause and tail work", async ({ page }) => {
  await openLive(page, `/services/${ticker}`);
  await expect(page.getByTestId("service-detail")).toHaveAttribute("data-service-name", ticker);

  // Both tasks run; their lines arrive, each prefixed like docker service logs: name.slot@node.
  let running: CliTask[] = [];
  await expect(async () => {
    running = (await cliTasks("service", "ps", "--filter", "desired-state=running", ticker)).filter((t) => t.current.startsWith("Running"));
    expect(running).toHaveLength(2);
  }).toPass({ timeout: 60_000 });
  for (const t of running) {
    await expect(linesOf(page, t.id).first()).toBeVisible();
    const prefixes = new Set(await linesOf(page, t.id).getByTestId("log-prefix").allTextContents());
    expect([...prefixes]).toEqual([`${t.name}@${t.node}`]);
  }
  // Lines keep arriving from both tasks.
  for (const t of running) {
    const before = Math.max(...(await ticks(page, t.id)));
    await expect.poll(async () => Math.max(...(await ticks(page, t.id)))).toBeGreaterThan(before + 1);
  }
  // stderr lines are marked, and HTML in a line stays text.
  const warn = page.locator('[data-testid="log-line"][data-stream="stderr"]').first();
  await expect(warn.getByTestId("log-text")).toHaveText(/^<b>warn<\/b> \d+$/);
  await expect(warn.locator("b")).toHaveCount(0);

  // Search filters client-side and highlights the match with <mark>.
  const all = page.getByTestId("log-line");
  await page.getByTestId("logs-search").fill("tick 4");
  await expect(async () => {
    const texts = await all.getByTestId("log-text").allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain("tick 4");
  }).toPass({ timeout: 60_000 });
  await expect(all.first().locator("mark")).toHaveText("tick 4");
  await expect(page.getByTestId("logs-count")).toHaveText(/^\d+ of \d+ lines$/);
  // …also by prefix: one task's lines only.
  await page.getByTestId("logs-search").fill(`${running[0].name}@`);
  await expect(async () => {
    const ids = await all.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-task-id")));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set([running[0].id]));
  }).toPass({ timeout: 60_000 });
  await page.getByTestId("logs-search").fill("");

  // Pause: new lines are collected but not drawn; Follow draws them.
  const state = page.getByTestId("logs-state");
  await page.getByTestId("logs-pause").click();
  await expect(state).toHaveAttribute("data-paused", "true");
  const drawn = await all.count();
  await expect.poll(async () => Number(await state.getAttribute("data-pending"))).toBeGreaterThanOrEqual(4);
  await expect(all).toHaveCount(drawn);
  await expect(page.getByTestId("logs-status")).toContainText("new lines waiting");
  await page.getByTestId("logs-pause").click();
  await expect(state).toHaveAttribute("data-paused", "false");
  await expect.poll(() => all.count()).toBeGreaterThanOrEqual(drawn + 4);

  // Tail 50 re-subscribes: a task's last 50 lines no longer reach back to its first burst of 61, so tick 0 is gone; tail 1000 brings it back.
  await page.getByTestId("logs-tail").selectOption("50");
  await expect(async () => {
    for (const t of running) {
      const seen = await ticks(page, t.id);
      expect(seen.length).toBeGreaterThan(0);
      expect(Math.min(...seen)).toBeGreaterThan(10);
    }
  }).toPass({ timeout: 60_000 });
  await page.getByTestId("logs-tail").selectOption("1000");
  await expect(async () => {
    for (const t of running) expect(Math.min(...(await ticks(page, t.id)))).toBe(0);
  }).toPass({ timeout: 60_000 });
});

test("the service's task list equals docker service ps, including \\_ history rows after --force", async ({ page }) => {
  await openLive(page, `/services/${ticker}`);
  await expectSameTasks(page, "service-task-row", () => cliTasks("service", "ps", ticker));

  await docker("service", "update", "--detach", "--force", "--no-resolve-image", ticker);
  await expect(async () => {
    const ps = await cliTasks("service", "ps", ticker);
    expect(ps.filter((t) => t.name.startsWith(" \\_ ") && t.desired === "Shutdown")).toHaveLength(2);
    expect(ps.filter((t) => t.current.startsWith("Running") && t.desired === "Running")).toHaveLength(2);
  }).toPass({ timeout: 90_000 });
  await expectSameTasks(page, "service-task-row", () => cliTasks("service", "ps", ticker));
  const history = page.locator('[data-testid="service-task-row"][data-history="true"]');
  await expect(history).toHaveCount(2);
  await expect(history.first().locator('[data-col="name"]')).toHaveText(new RegExp(`^ \\\\_ ${ticker}\\.[12]$`));

  // The spec reads like docker service inspect: the command and the stop grace period.
  await expect(page.getByTestId("service-spec")).toContainText("sh -c");
  await expect(page.getByTestId("service-spec").locator('[data-field="Stop grace period"] dd')).toHaveText("1s");
});

test("the node page for worker1 matches docker node inspect, and its tasks match docker node ps", async ({ page }) => {
  await openLive(page, "/nodes/worker1");
  const detail = page.getByTestId("node-detail");
  const field = (label: string) => detail.locator(`[data-field="${label}"] dd`).first();
  // Another engineer may change availability or roles meanwhile: compare with a fresh read each attempt.
  await expect(async () => {
    const raw = JSON.parse(await docker("node", "inspect", "worker1"))[0];
    await expect(detail).toHaveAttribute("data-node-id", raw.ID, { timeout: 1000 });
    await expect(field("Hostname")).toHaveText(raw.Description.Hostname, { timeout: 1000 });
    await expect(field("Role")).toHaveText(raw.Spec.Role === "manager" ? "Manager" : "Worker", { timeout: 1000 });
    await expect(detail).toHaveAttribute("data-availability", raw.Spec.Availability, { timeout: 1000 });
    await expect(field("Availability")).toHaveText(raw.Spec.Availability[0].toUpperCase() + raw.Spec.Availability.slice(1), { timeout: 1000 });
    await expect(field("Engine version")).toHaveText(raw.Description.Engine.EngineVersion, { timeout: 1000 });
    const cpus = raw.Description.Resources.NanoCPUs / 1e9;
    await expect(field("CPUs")).toHaveText(`${cpus} ${cpus > 1 ? "CPUs" : "CPU"}`, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(detail.locator('[data-field="Issuer subject"] dd')).toHaveText(/CN=swarm-ca/);

  // The global service puts a task on worker1, named service.nodeid like the CLI.
  const nodeId = await detail.getAttribute("data-node-id");
  await expect(page.locator('[data-testid="node-task-row"] [data-col="name"]', { hasText: `${globalSvc}.${nodeId}` }).first()).toBeVisible();
  await expectSameTasks(page, "node-task-row", () => cliTasks("node", "ps", "worker1"));
});

test("the swarm page matches docker info's cluster ID and manager/worker counts", async ({ page }) => {
  await openLive(page, "/swarm");
  const detail = page.getByTestId("swarm-detail");
  const field = (label: string) => detail.locator(`[data-field="${label}"] dd`);
  await expect(async () => {
    const [id, managers, nodes] = (await docker("info", "--format", "{{.Swarm.Cluster.ID}} {{.Swarm.Managers}} {{.Swarm.Nodes}}")).trim().split(" ");
    await expect(detail).toHaveAttribute("data-cluster-id", id, { timeout: 1000 });
    await expect(field("Cluster ID")).toHaveText(id, { timeout: 1000 });
    await expect(field("Managers")).toHaveText(managers, { timeout: 1000 });
    await expect(field("Workers")).toHaveText(String(Number(nodes) - Number(managers)), { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(field("Task history limit")).toHaveText((await docker("info", "--format", "{{.Swarm.Cluster.Spec.Orchestration.TaskHistoryRetentionLimit}}")).trim() + " per slot");
  await expect(detail).not.toContainText(/SWMTKN|SWMKEY/);
  // Masked until revealed; then exactly what `docker swarm join-token` prints (local mode = the local admin).
  await page.getByTestId("reveal-join-tokens").click();
  const worker = (await docker("swarm", "join-token", "-q", "worker")).trim();
  await expect(page.getByTestId("join-worker")).toContainText(`docker swarm join --token ${worker} `);
  await expect(page.getByTestId("join-manager")).toContainText((await docker("swarm", "join-token", "-q", "manager")).trim());
  await page.getByTestId("reveal-unlock-key").click();
  await expect(page.getByTestId("unlock-key")).toHaveText("autolock is off: there is no unlock key");
});

test("a service with --log-driver none says its logs cannot be read; an unknown service says so", async ({ page }) => {
  await openLive(page, `/services/${silent}`);
  await expect(page.getByTestId("logs-error")).toBeVisible();
  await expect(page.getByTestId("logs-error")).toContainText('log driver is "none"');
  await expect(page.getByTestId("log-line")).toHaveCount(0);

  await openLive(page, "/services/no-such-service-here");
  await expect(page.getByTestId("not-found")).toContainText("No such service: no-such-service-here");
});
