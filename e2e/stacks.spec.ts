// End to end in Chromium on the real lab swarm: paste a compose file, see a schema error at the bad field, fix it, preview, deploy, follow to converged; secrets.
import { expect, test } from "@playwright/test";
import { docker, dockerJsonLines, uniqueName, createLabService } from "../test/support/docker-cli";

const stack = uniqueName("e2e").replace(/-/g, "_");
const secret = uniqueName("e2esecret");
const job = uniqueName("e2ejob");
const port = 30000 + Math.floor(Math.random() * 2000);

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  await docker("stack", "rm", stack).catch(() => undefined);
  await docker("secret", "rm", secret).catch(() => undefined);
  await docker("service", "rm", job).catch(() => undefined);
});

const compose = (ports: string) => `version: "3.8"
services:
  db:
    image: lab/busybox:1
    command: ["sleep", "86400"]
    stop_grace_period: 1s
    networks: [back]
    secrets: [pw]
  web:
    image: lab/busybox:1
    command: ["sleep", "86400"]
    stop_grace_period: 1s
    ports:
      - ${ports}
    networks: [back]
    deploy:
      replicas: \${web.replicas}
networks:
  back: {}
secrets:
  pw:
    file: ./secrets/pw.txt
`;

test("paste, see the schema error at the bad field, fix, preview, deploy, follow to converged", async ({ page }) => {
  await page.goto("/stacks/deploy");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await page.getByTestId("stack-name").fill(stack);
  await page.getByTestId("compose").fill(compose('"eighty"'));
  await page.getByTestId("settings").fill("web:\n  replicas: 2\n");
  await page.getByTestId("check-button").click();
  const problem = page.getByTestId("problem");
  await expect(problem).toHaveCount(1);
  await expect(problem).toHaveAttribute("data-path", "services.web.ports[0]");
  await expect(problem).toHaveAttribute("data-line", "14");
  await expect(problem).toContainText("services.web.ports[0]: must be a port like");
  await expect(page.getByTestId("deploy-button")).toBeDisabled();

  await page.getByTestId("compose").fill(compose(`"${port}:80"`));
  await expect(page.getByTestId("deploy-button")).toBeDisabled(); // changed since the check
  await page.getByTestId("check-button").click();
  await expect(page.locator('[data-testid="problem"][data-source="files"]')).toContainText("upload the file ./secrets/pw.txt");
  // The uploaded pw.txt is matched by name to ./secrets/pw.txt.
  await page.getByTestId("secret-files").setInputFiles({ name: "pw.txt", mimeType: "text/plain", buffer: Buffer.from("e2e-file-secret") });
  await expect(page.locator('[data-testid="upload"][data-path="./secrets/pw.txt"]')).toBeVisible();
  await page.getByTestId("check-button").click();
  await expect(page.getByTestId("check")).toHaveAttribute("data-ok", "true");
  const created = page.locator('[data-testid="plan-item"][data-action="create"]');
  await expect(created).toHaveCount(4);
  await expect(page.locator(`[data-testid="plan-item"][data-name="${stack}_pw"]`)).toHaveAttribute("data-kind", "secret");
  await expect(page.locator(`[data-testid="plan-item"][data-name="${stack}_web"]`)).toContainText("2 replicas");
  await expect(page.getByTestId("rendered")).toContainText("replicas: 2", { useInnerText: false });

  await page.getByTestId("deploy-button").click();
  await expect(page.getByTestId("deploy-report")).toHaveAttribute("data-ok", "true");
  await expect(page.getByTestId("deploy-output")).toContainText(`Creating service ${stack}_web`);
  await expect(page.getByTestId("action-cli")).toHaveText(`docker stack deploy --compose-file docker-compose.yml --resolve-image never ${stack}`);
  for (const svc of ["db", "web"]) {
    await expect(page.locator(`[data-testid="stack-progress"][data-service="${stack}_${svc}"] [data-testid="progress-phase"]`)).toHaveAttribute("data-phase", "converged");
  }
  const services = await dockerJsonLines("stack", "services", stack);
  expect(services.map((s) => [s.Name, s.Replicas]).sort()).toEqual([
    [`${stack}_db`, "1/1"],
    [`${stack}_web`, "2/2"],
  ]);
  const db = JSON.parse(await docker("service", "inspect", `${stack}_db`))[0];
  expect(db.Spec.TaskTemplate.ContainerSpec.Secrets.map((x: { SecretName: string }) => x.SecretName)).toEqual([`${stack}_pw`]);
  await expect(page.locator("body")).not.toContainText("e2e-file-secret");
});

test("the stacks page lists it live and filters the visualizer with one click", async ({ page }) => {
  await page.goto("/stacks");
  const card = page.locator(`[data-testid="stack"][data-stack="${stack}"]`);
  await expect(card.getByTestId("stack-service")).toHaveCount(2);
  await expect(card.getByTestId("stack-count")).toHaveText("3/3 tasks");
  await card.getByRole("link", { name: "Show on visualizer" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]stack=${stack}`));
  await expect(page.locator('[data-testid="task"][data-state="running"]').filter({ hasText: stack })).toHaveCount(3);
});

test("the editor reopens with the last deployed files; a prod settings set previews and applies exactly the replica change", async ({ page }) => {
  await page.goto(`/stacks/deploy?name=${stack}`);
  await expect(page.getByTestId("compose")).toHaveValue(compose(`"${port}:80"`));
  await expect(page.getByTestId("settings")).toHaveValue("web:\n  replicas: 2\n");
  await page.getByTestId("settings").fill("web:\n  replicas: 2\nsets:\n  prod:\n    web:\n      replicas: 3\n");
  // The set is a choice of the sets the settings offer.
  await expect(page.getByTestId("settings-set").locator("option")).toHaveText(["defaults only", "prod"]);
  await page.getByTestId("settings-set").selectOption("prod");
  await page.getByTestId("secret-files").setInputFiles({ name: "pw.txt", mimeType: "text/plain", buffer: Buffer.from("e2e-file-secret") });
  await expect(page.locator('[data-testid="upload"][data-path="./secrets/pw.txt"]')).toBeVisible();
  await page.getByTestId("check-button").click();
  await expect(page.getByTestId("check")).toHaveAttribute("data-ok", "true");
  await expect(page.locator('[data-testid="plan-item"]:not([data-action="unchanged"])')).toHaveCount(1);
  const web = page.locator(`[data-testid="plan-item"][data-name="${stack}_web"]`);
  await expect(web).toHaveAttribute("data-action", "update");
  await expect(web.getByTestId("plan-change")).toHaveCount(1);
  await expect(web.getByTestId("plan-change")).toHaveText("replicas: 2 → 3");
  await page.getByTestId("deploy-button").click();
  await expect(page.getByTestId("deploy-report")).toHaveAttribute("data-ok", "true");
  await expect(page.locator(`[data-testid="stack-progress"][data-service="${stack}_web"] [data-testid="progress-phase"]`)).toHaveAttribute("data-phase", "converged");
  expect((await dockerJsonLines("stack", "services", stack)).find((s) => s.Name === `${stack}_web`)?.Replicas).toBe("3/3");
  // A new check starts a new round: the last deploy's output goes.
  await page.getByTestId("check-button").click();
  await expect(page.getByTestId("check")).toHaveAttribute("data-ok", "true");
  await expect(page.getByTestId("deploy")).toHaveCount(0);
});

test("a secret created from text shows up, is never shown back, and is removed", async ({ page }) => {
  await page.goto("/secrets");
  await page.getByLabel("secret name").fill(secret);
  await page.getByLabel("secret value").fill("e2e-value-xyz");
  // Typed masked (a projector shows the screen), shown only when asked, masked again on Hide.
  const value = page.getByLabel("secret value");
  const shownAs = () => value.evaluate((el) => getComputedStyle(el).getPropertyValue("-webkit-text-security"));
  expect(await shownAs()).toBe("disc");
  await page.getByTestId("reveal-secret").click();
  expect(await shownAs()).toBe("none");
  await page.getByTestId("reveal-secret").click();
  expect(await shownAs()).toBe("disc");
  await page.getByLabel("labels").fill("team=e2e");
  await page.getByRole("button", { name: "Create secret" }).click();
  await expect(page.getByTestId("data-answer")).toHaveAttribute("data-ok", "true");
  const row = page.locator(`[data-testid="data-row"][data-name="${secret}"]`);
  await expect(row).toContainText("team=e2e");
  await expect(row).toContainText(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/); // one date format on every page
  expect((await dockerJsonLines("secret", "ls", "--filter", `name=${secret}`)).map((s) => s.Name)).toEqual([secret]);
  await expect(page.locator("body")).not.toContainText("e2e-value-xyz");
  await row.getByRole("button", { name: "Remove…" }).click();
  await row.getByLabel(`type ${secret} to confirm`).fill(secret);
  await row.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(row).toHaveCount(0);
  expect(await dockerJsonLines("secret", "ls", "--filter", `name=${secret}`)).toEqual([]);
});

test("removing the stack from the stacks page leaves nothing labelled with it", async ({ page }) => {
  await page.goto("/stacks");
  const card = page.locator(`[data-testid="stack"][data-stack="${stack}"]`);
  await card.getByRole("button", { name: "Remove…" }).click();
  await card.getByLabel("stack name to confirm").fill(stack);
  await card.getByRole("button", { name: "Remove stack" }).click();
  await expect(card).toHaveCount(0);
  await expect.poll(async () => (await dockerJsonLines("service", "ls", "--filter", `label=com.docker.stack.namespace=${stack}`)).length, { timeout: 60_000 }).toBe(0);
  expect(await dockerJsonLines("secret", "ls", "--filter", `label=com.docker.stack.namespace=${stack}`)).toEqual([]);
});

test("a swarm-cronjob service shows as a scheduled job: schedule in words, next run, last runs", async ({ page }) => {
  await createLabService(
    job,
    "0",
    "--restart-condition",
    "none",
    "--label",
    "swarm.cronjob.enable=true",
    "--label",
    "swarm.cronjob.schedule=*/5 * * * *",
    "--label",
    "swarm.cronjob.skip-running=true",
    "lab/busybox:1",
    "echo",
    "backup done",
  );
  await page.goto("/stacks");
  const card = page.locator(`[data-testid="cron-job"][data-service="${job}"]`);
  await expect(card.getByTestId("cron-words")).toHaveText("every 5 minutes");
  await expect(card.getByTestId("cron-next")).toContainText(/Next run: \d{4}-\d\d-\d\d \d\d:\d[05]:00 UTC/);
  await expect(card).toContainText("No runs in the task history yet.");
  // What swarm-cronjob does at the scheduled time: scale the job to 1; the task runs once and completes.
  await docker("service", "scale", "--detach", `${job}=1`);
  await expect(card.locator('[data-testid="cron-run"][data-state="complete"]')).toHaveCount(1);
  await expect(card).toContainText("exit 0");
});
