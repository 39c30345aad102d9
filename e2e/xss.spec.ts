// End to end in Chromium: HTML/JS payloads in labels, env values, log lines and network labels render as text everywhere; no script runs.
import { expect, type Page, test } from "@playwright/test";
import { docker, LAB_IMAGE, uniqueName, createLabService } from "../test/support/docker-cli";

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(2)</script>";
const service = uniqueName("xss");
const network = uniqueName("xssnet");

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  await docker("network", "create", "--driver", "overlay", "--label", `note=${IMG}`, network);
  await createLabService(
    service,
    "2",
    "--stop-grace-period",
    "1s",
    "--network",
    network,
    "--label",
    `note=${IMG}`,
    "--container-label",
    `cnote=${SCRIPT}`,
    "--env",
    `GREETING=${SCRIPT}`,
    LAB_IMAGE,
    "sh",
    "-c",
    `while true; do echo '${IMG}'; sleep 1; done`,
  );
});

test.afterAll(async () => {
  await docker("service", "rm", service).catch(() => undefined);
  await expect(async () => {
    await docker("network", "rm", network);
  })
    .toPass({ timeout: 60_000 })
    .catch(() => undefined);
});

/** Every dialog the page tries to open (alert, confirm…) — there must be none. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  return dialogs;
}

async function noInjectedElements(page: Page) {
  // A payload that was parsed as HTML would leave an <img src="x"> or an inline script behind.
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator("script:not([src])").evaluateAll((els) => els.filter((e) => e.textContent?.includes("alert(2)")).length)).toBe(0);
}

test("payloads in a service's labels, env and logs render as text on the visualizer and the service page", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto("/");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await expect(page.locator(`[data-testid="task"][data-service-name="${service}"][data-state="running"]`)).toHaveCount(2);
  await noInjectedElements(page);

  await page.goto(`/services/${service}`);
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await expect(page.getByTestId("service-labels")).toContainText(IMG);
  await expect(page.getByTestId("service-spec")).toContainText(SCRIPT); // env value, shown to the local admin
  await expect(page.getByTestId("log-line").filter({ hasText: IMG }).first()).toBeVisible();
  await noInjectedElements(page);
  expect(dialogs).toEqual([]);
});

test("payloads in network labels render as text on the networks pages and the topology", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto("/networks");
  await expect(page.locator(`[data-testid="network-row"][data-network-name="${network}"]`)).toContainText(IMG);
  await noInjectedElements(page);
  await page.goto(`/networks/${network}`);
  await expect(page.getByTestId("network-facts")).toContainText(IMG);
  await noInjectedElements(page);
  await page.goto("/topology");
  await expect(page.locator(`[data-testid="topo-node"][data-kind="task"][data-service-name="${service}"]`)).toHaveCount(2);
  await noInjectedElements(page);
  expect(dialogs).toEqual([]);
});
