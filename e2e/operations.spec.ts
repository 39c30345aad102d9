// End to end in Chromium on the real lab swarm: operations by clicking — scale from the legend, drain from a column, a rolling update, create — each followed live to the end and checked with the docker CLI.
import { expect, type Page, test } from "@playwright/test";
import { docker, dockerJsonLines, LAB_IMAGE, uniqueName } from "../test/support/docker-cli";

test.describe.configure({ mode: "serial" });

/** Services this file made (removed in afterAll, whatever happened). */
const mine: string[] = [];

async function createService(name: string, ...args: string[]): Promise<void> {
  mine.push(name);
  await docker("service", "create", "--detach", "--no-resolve-image", "--name", name, "--stop-grace-period", "1s", ...args);
}

test.afterAll(async () => {
  for (const name of mine) await docker("service", "rm", name).catch(() => undefined);
  await docker("node", "update", "--availability", "active", "worker2").catch(() => undefined);
});

const legend = (page: Page, name: string) => page.locator(`[data-testid="legend-service"][data-service-name="${name}"]`);
const cards = (page: Page, name: string) => page.locator(`[data-testid="task"][data-service-name="${name}"]`);
const running = (page: Page, name: string) => page.locator(`[data-testid="task"][data-service-name="${name}"][data-state="running"]`);
const column = (page: Page, name: string) => page.locator(`[data-testid="node"][data-node-name="${name}"]`);
const feedback = (page: Page) => page.getByTestId("action-drawer").getByTestId("action-feedback");

async function openBoard(page: Page): Promise<void> {
  await page.goto("/");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
}

/** Every running task the CLI lists sits, running, in the column of its node. */
async function cardsMatchCli(page: Page, service: string, count: number): Promise<void> {
  await expect(async () => {
    const tasks = await dockerJsonLines("service", "ps", "--no-trunc", "--filter", "desired-state=running", service);
    expect(tasks.filter((t) => t.CurrentState.startsWith("Running"))).toHaveLength(count);
    for (const t of tasks) await expect(column(page, t.Node).locator(`[data-task-id="${t.ID}"]`)).toHaveAttribute("data-state", "running", { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
}

test("scale from the legend entry: + to 5 and − back to 2, the progress reaching converged and the cards following", async ({ page, context }) => {
  const svc = uniqueName("ops-scale");
  await createService(svc, "--replicas", "2", LAB_IMAGE, "sleep", "86400");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openBoard(page);
  await expect(running(page, svc)).toHaveCount(2);
  const entry = legend(page, svc);

  for (let i = 0; i < 3; i++) await entry.getByTestId("scale-up").click();
  await expect(feedback(page).getByTestId("action-cli")).toHaveText(`docker service scale ${svc}=5`);
  await expect(feedback(page)).toHaveAttribute("data-status", "ok");
  await expect(feedback(page).getByTestId("progress-phase")).toHaveAttribute("data-phase", "converged");
  await expect(feedback(page).getByTestId("progress-overall")).toHaveText("overall progress: 5 out of 5 tasks");
  await expect(feedback(page).locator('[data-testid="progress-slot"][data-state="running"]')).toHaveCount(5);
  await expect(running(page, svc)).toHaveCount(5);
  await expect(entry).toHaveAttribute("data-running", "5");
  const spec = JSON.parse(await docker("service", "inspect", svc))[0].Spec;
  expect(spec.Mode.Replicated.Replicas).toBe(5);
  await cardsMatchCli(page, svc, 5);

  // The command is ready to paste.
  await feedback(page).getByTestId("copy-cli").click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`docker service scale ${svc}=5`);

  for (let i = 0; i < 3; i++) await entry.getByTestId("scale-down").click();
  await expect(feedback(page).getByTestId("action-cli")).toHaveText(`docker service scale ${svc}=2`);
  await expect(feedback(page).getByTestId("progress-phase")).toHaveAttribute("data-phase", "converged");
  await expect(feedback(page).getByTestId("progress-overall")).toHaveText("overall progress: 2 out of 2 tasks");
  await expect(cards(page, svc)).toHaveCount(2);
  await expect(running(page, svc)).toHaveCount(2);
  await expect(entry).toHaveAttribute("data-desired", "2");
  expect(JSON.parse(await docker("service", "inspect", svc))[0].Spec.Mode.Replicated.Replicas).toBe(2);
  await cardsMatchCli(page, svc, 2);
});

test("a global service cannot be scaled from the legend, and the buttons say why", async ({ page }) => {
  const svc = uniqueName("ops-global");
  await createService(svc, "--mode", "global", LAB_IMAGE, "sleep", "86400");
  await openBoard(page);
  const entry = legend(page, svc);
  await expect(entry).toBeVisible();
  for (const id of ["scale-up", "scale-down"]) {
    await expect(entry.getByTestId(id)).toBeDisabled();
    await expect(entry.getByTestId(id)).toHaveAttribute("title", new RegExp(`${svc} is a global service`));
  }
});

test("drain worker2 from its column header: the tasks that must move are listed first, then move, then worker2 is set Active again", async ({ page }) => {
  const svc = uniqueName("ops-drain");
  await createService(svc, "--replicas", "6", LAB_IMAGE, "sleep", "86400");
  await openBoard(page);
  await expect(running(page, svc)).toHaveCount(6);
  await cardsMatchCli(page, svc, 6);
  const onWorker2 = (await dockerJsonLines("node", "ps", "--no-trunc", "--filter", "desired-state=running", "worker2")).filter((t) => t.Name.startsWith(`${svc}.`));
  expect(onWorker2.length).toBeGreaterThan(0);

  const worker2 = column(page, "worker2");
  await worker2.getByTestId("node-availability").click();
  await worker2.locator('[data-testid="availability-option"][data-value="drain"]').click();
  const preview = page.getByTestId("action-drawer").getByTestId("drain-preview");
  await expect(preview).toBeVisible();
  for (const t of onWorker2) await expect(preview.locator(`[data-testid="drain-task-preview"][data-task-id="${t.ID}"]`)).toHaveText(t.Name);
  await expect(preview.getByTestId("cli-preview")).toHaveText("docker node update --availability drain worker2");
  // At 1280×720 the board makes room for the drawer: every node column, worker2 included, is in full view left of the drawer.
  const drawerLeft = (await page.getByTestId("action-drawer").boundingBox())!.x;
  for (const col of await page.getByTestId("node").all()) {
    const box = (await col.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(drawerLeft);
  }
  // Nothing changes before the drain is confirmed.
  await expect(worker2).toHaveAttribute("data-availability", "active");
  await preview.getByTestId("confirm-drain").click();

  await expect(feedback(page).getByTestId("action-cli")).toHaveText("docker node update --availability drain worker2");
  const progress = feedback(page).getByTestId("drain-progress");
  for (const t of onWorker2) await expect(progress.locator(`[data-testid="drain-task"][data-task-id="${t.ID}"]`)).toBeVisible();
  await expect(progress).toHaveAttribute("data-phase", "converged");
  await expect(progress).toHaveAttribute("data-remaining", "0");
  await expect(worker2).toHaveAttribute("data-availability", "drain");
  await expect(worker2.locator(`[data-testid="task"][data-service-name="${svc}"]`)).toHaveCount(0);
  await expect(running(page, svc)).toHaveCount(6);
  await cardsMatchCli(page, svc, 6);
  const still = (await dockerJsonLines("node", "ps", "--filter", "desired-state=running", "worker2")).filter((t) => t.Name.startsWith(`${svc}.`));
  expect(still).toHaveLength(0);
  const anyRunning = (await dockerJsonLines("node", "ps", "worker2")).filter((t) => t.Name.startsWith(`${svc}.`) && t.CurrentState.startsWith("Running"));
  expect(anyRunning).toHaveLength(0);

  await worker2.getByTestId("node-availability").click();
  await worker2.locator('[data-testid="availability-option"][data-value="active"]').click();
  await expect(feedback(page).getByTestId("action-cli")).toHaveText("docker node update --availability active worker2");
  await expect(feedback(page)).toHaveAttribute("data-status", "ok");
  await expect(worker2).toHaveAttribute("data-availability", "active");
  expect(JSON.parse(await docker("node", "inspect", "worker2"))[0].Spec.Availability).toBe("active");
});

test("the drawer's scale field follows a scale done elsewhere (the CLI) instead of keeping the old count", async ({ page }) => {
  const svc = uniqueName("ops-follow");
  await createService(svc, "--replicas", "2", LAB_IMAGE, "sleep", "86400");
  await openBoard(page);
  await expect(running(page, svc)).toHaveCount(2);
  await legend(page, svc).getByTestId("service-actions-open").click();
  const panel = page.getByTestId("action-drawer").getByTestId("service-actions");
  await expect(panel.getByTestId("scale-input")).toHaveValue("2");
  await docker("service", "scale", "--detach", `${svc}=3`);
  await expect(panel.getByTestId("scale-input")).toHaveValue("3");
  await expect(panel.getByTestId("scale-section").getByTestId("cli-preview")).toHaveText(`docker service scale ${svc}=3`);
  // What the user types stays until the service changes again.
  await panel.getByTestId("scale-input").fill("5");
  await expect(panel.getByTestId("scale-section").getByTestId("cli-preview")).toHaveText(`docker service scale ${svc}=5`);
});

test("a rolling image update across 4 replicas from the service's actions: old vs new image, UpdateStatus, then converged", async ({ page }) => {
  const svc = uniqueName("ops-roll");
  await createService(svc, "--replicas", "4", "--update-monitor", "2s", LAB_IMAGE, "sleep", "86400");
  await openBoard(page);
  await expect(running(page, svc)).toHaveCount(4);
  await legend(page, svc).getByTestId("service-actions-open").click();
  const panel = page.getByTestId("action-drawer").getByTestId("service-actions");
  await expect(panel).toHaveAttribute("data-service-name", svc);
  await panel.getByTestId("image-input").fill("lab/busybox:2");
  await expect(panel.getByTestId("image-section").getByTestId("cli-preview")).toHaveText(`docker service update --no-resolve-image --image lab/busybox:2 ${svc}`);

  // Record what the progress panel shows on the way (the middle of an update is brief and must not be missed).
  await page.evaluate(() => {
    const seen = { oldImages: new Set<string>(), newImages: new Set<string>(), updateStates: new Set<string>() };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const look = () => {
      for (const el of document.querySelectorAll('[data-testid="progress-image"]')) {
        (el.getAttribute("data-current") === "true" ? seen.newImages : seen.oldImages).add(el.getAttribute("data-image") ?? "");
      }
      for (const el of document.querySelectorAll('[data-testid="progress-update"]')) seen.updateStates.add(el.getAttribute("data-update-state") ?? "");
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await panel.getByTestId("update-image-apply").click();

  const answer = panel.getByTestId("action-feedback");
  await expect(answer.getByTestId("action-cli")).toHaveText(`docker service update --no-resolve-image --image lab/busybox:2 ${svc}`);
  await expect(answer.getByTestId("action-message")).toHaveText(`${svc}: rolling update lab/busybox:1 → lab/busybox:2`);
  await expect(answer.getByTestId("progress-phase")).toHaveAttribute("data-phase", "converged", { timeout: 120_000 });
  await expect(answer.getByTestId("progress-update")).toHaveAttribute("data-update-state", "completed");
  await expect(answer.locator('[data-testid="progress-slot"][data-image="lab/busybox:2"][data-state="running"][data-outdated="false"]')).toHaveCount(4);
  await expect(answer.getByTestId("progress-overall")).toHaveText("overall progress: 4 out of 4 tasks");
  const seen = await page.evaluate(() => {
    const s = (window as unknown as { seen: { oldImages: Set<string>; newImages: Set<string>; updateStates: Set<string> } }).seen;
    return { oldImages: [...s.oldImages], newImages: [...s.newImages], updateStates: [...s.updateStates] };
  });
  expect(seen.oldImages).toContain("lab/busybox:1");
  expect(seen.newImages).toContain("lab/busybox:2");
  expect(seen.updateStates).toContain("updating");

  const inspect = JSON.parse(await docker("service", "inspect", svc))[0];
  expect(inspect.Spec.TaskTemplate.ContainerSpec.Image).toMatch(/^lab\/busybox:2(@|$)/);
  expect(inspect.UpdateStatus.State).toBe("completed");
  const tasks = await dockerJsonLines("service", "ps", "--filter", "desired-state=running", svc);
  expect(tasks).toHaveLength(4);
  for (const t of tasks) {
    expect(t.Image).toBe("lab/busybox:2");
    expect(t.CurrentState).toMatch(/^Running/);
  }
  await expect(running(page, svc)).toHaveCount(4);
});

test("create a service no node can take from /services/new: field errors from the server, then pending tasks with 'no suitable node' explained", async ({ page }) => {
  const svc = uniqueName("ops-nowhere");
  mine.push(svc);
  await page.goto("/services/new");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await page.getByTestId("field-name").fill(`${svc}!`);
  await page.getByTestId("field-image").fill(LAB_IMAGE);
  await page.getByTestId("field-replicas").fill("2");
  await page.getByTestId("field-args").fill("sleep 86400");
  await page.getByTestId("add-constraint").click();
  await page.getByTestId("field-constraint").fill("node.labels.zone==nowhere");
  await page.getByTestId("field-stop-grace-period").fill("1");

  // The server refuses the name: the error is shown next to the name field, and nothing was created.
  await page.getByTestId("create-submit").click();
  await expect(page.getByTestId("action-feedback")).toHaveAttribute("data-status", "failed");
  await expect(page.locator('[data-testid="field-error"][data-field="name"]')).toContainText("Docker's service name rule");
  await expect(page.getByTestId("action-error")).toHaveAttribute("data-field", "name");
  expect((await dockerJsonLines("service", "ls")).filter((s) => s.Name.startsWith(svc))).toHaveLength(0);

  await page.getByTestId("field-name").fill(svc);
  await expect(page.locator('[data-testid="field-error"][data-field="name"]')).toHaveCount(0);
  const cli = `docker service create --no-resolve-image --name ${svc} --replicas 2 --constraint node.labels.zone==nowhere --stop-grace-period 1s lab/busybox:1 sleep 86400`;
  await expect(page.getByTestId("cli-preview")).toHaveText(cli);
  await page.getByTestId("create-submit").click();

  const answer = page.getByTestId("action-feedback");
  await expect(answer).toHaveAttribute("data-status", "ok");
  await expect(answer.getByTestId("action-cli")).toHaveText(cli);
  await expect(answer.getByTestId("progress-phase")).toHaveAttribute("data-phase", "stuck");
  await expect(answer.getByTestId("progress-overall")).toHaveText("overall progress: 0 out of 2 tasks");
  await expect(answer.locator('[data-testid="progress-slot"][data-state="pending"]')).toHaveCount(2);
  await expect(answer.getByTestId("progress-problem")).toContainText("no suitable node");

  const ps = await dockerJsonLines("service", "ps", "--no-trunc", svc);
  expect(ps).toHaveLength(2);
  for (const t of ps) {
    expect(t.CurrentState).toMatch(/^Pending/);
    expect(t.Error).toContain("no suitable node");
  }

  // The visualizer shows them in the Unassigned column, with the reason.
  await openBoard(page);
  const unassigned = page.getByTestId("unassigned").locator(`[data-testid="task"][data-service-name="${svc}"]`);
  await expect(unassigned).toHaveCount(2);
  for (let i = 0; i < 2; i++) {
    await expect(unassigned.nth(i)).toHaveAttribute("data-state", "pending");
    await expect(unassigned.nth(i)).toContainText("no suitable node");
  }
});
