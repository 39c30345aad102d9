// End to end in Chromium: an admin makes a share link on /admin; a projection browser opens it as a live, read-only view with no controls;
// revoking it ends that view at once and the link answers "revoked". Plus the admin's autolock/rotation controls on /swarm.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { docker, LAB_IMAGE, uniqueName } from "../test/support/docker-cli";
import { type AuthServer, startAuthServer } from "./support/auth-server";

import { PORTS } from "./support/ports";
const BASE = `http://127.0.0.1:${PORTS.shareLinks}`;
const ADMIN_PASSWORD = "e2e-share-admin-password";
const SERVICE = uniqueName("e2e-share");
let server: AuthServer | null = null;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  await docker("service", "create", "--detach", "--name", SERVICE, "--stop-grace-period", "1s", "--no-resolve-image", "--replicas", "1", LAB_IMAGE, "sleep", "3600");
  server = await startAuthServer(PORTS.shareLinks, ADMIN_PASSWORD);
});

test.afterAll(async () => {
  server?.stop();
  await docker("service", "rm", SERVICE).catch(() => undefined);
  await docker("swarm", "update", "--autolock=false").catch(() => undefined);
});

async function signInAdmin(page: Page, route: string): Promise<void> {
  const res = await page.request.post(`${BASE}/api/v1/login`, { data: { username: "admin", password: ADMIN_PASSWORD } });
  expect(res.status()).toBe(200);
  await page.goto(`${BASE}${route}`);
  await expect(page.getByTestId("session-badge")).toHaveText(/^Signed in as admin \(admin\)/);
}

/** A second browser context: the projection screen, sharing no cookies with the admin. */
async function projector(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  return context.newPage();
}

test("a share link opens a live read-only projection; revoking it ends the view and the link", async ({ page, browser }) => {
  await signInAdmin(page, "/admin");
  const form = page.getByRole("form", { name: "Create a share link" });
  await form.getByLabel("Label (e.g. the screen it is for)").fill("Room 2 projector");
  await form.getByLabel("Expires after").selectOption({ label: "Never (until revoked)" });
  await form.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("Share link URL").inputValue();
  expect(url).toMatch(new RegExp(`^${BASE}/share/[A-Za-z0-9_-]{43}$`));
  const row = page.locator('[data-testid="share-link-row"][data-label="Room 2 projector"]');
  await expect(row).toHaveAttribute("data-state", "active");

  const screen = await projector(browser);
  await screen.goto(url);
  await expect(screen).toHaveURL(`${BASE}/`);
  await expect(screen.getByTestId("session-badge")).toHaveText("Shared view: Room 2 projector (read-only) · Leave shared view");
  await expect(screen.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await expect(screen.getByTestId("node")).toHaveCount(5);
  const tasks = screen.locator(`[data-testid="task"][data-service-name="${SERVICE}"]`);
  await expect(tasks).toHaveCount(1);
  // No controls and no way around them.
  for (const id of ["scale-up", "scale-down", "service-actions-open", "node-availability", "node-actions-open"]) await expect(screen.getByTestId(id)).toHaveCount(0);
  await expect(screen.getByTestId("site-nav").getByRole("link")).toHaveCount(0);
  const refused = await screen.request.post(`${BASE}/api/v1/services/${SERVICE}/scale`, { data: { replicas: 3 }, headers: { origin: BASE } });
  expect(refused.status()).toBe(403);
  expect(JSON.parse(await docker("service", "inspect", SERVICE))[0].Spec.Mode.Replicated.Replicas).toBe(1);
  // Live: a change made with the CLI lands on the projection without a reload.
  await docker("service", "scale", "--detach", `${SERVICE}=3`);
  await expect(tasks).toHaveCount(3);

  // Opened in the admin's own browser, the link does not take the admin's session away: still signed in, /admin still works.
  const own = await page.context().newPage();
  await own.goto(url);
  await expect(own).toHaveURL(`${BASE}/`);
  await expect(own.getByTestId("session-badge")).toContainText("admin");
  await expect(own.getByTestId("session-badge")).not.toContainText("Shared view");
  await own.goto(`${BASE}/admin`);
  await expect(own.getByTestId("admin")).toBeVisible();
  await own.close();

  // Revoke on /admin: the projection says its session ended, and the link answers "revoked".
  await row.getByRole("button", { name: "Revoke…" }).click();
  await row.getByRole("button", { name: "Revoke Room 2 projector" }).click();
  await expect(row).toHaveAttribute("data-state", "revoked");
  await expect(screen.getByTestId("connection")).toHaveAttribute("data-state", "session-ended");
  await expect(screen.getByTestId("connection")).toContainText("Session ended");
  const again = await screen.goto(url);
  expect(again?.status()).toBe(410);
  await expect(screen.locator("body")).toContainText("This share link was revoked");
  await screen.context().close();
});

test("Leave shared view: the projection's browser drops the link's session and goes to sign in; the link keeps working elsewhere", async ({ page, browser }) => {
  await signInAdmin(page, "/admin");
  const form = page.getByRole("form", { name: "Create a share link" });
  await form.getByLabel("Label (e.g. the screen it is for)").fill("Leaving screen");
  await form.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("Share link URL").inputValue();
  const screen = await projector(browser);
  await screen.goto(url);
  await expect(screen.getByTestId("session-badge")).toContainText("Shared view: Leaving screen");
  await screen.getByTestId("leave-share").click();
  await expect(screen).toHaveURL(/\/login/);
  expect((await screen.context().cookies(BASE)).map((c) => c.name)).not.toContain("swarmscope_share");
  await expect(page.locator('[data-testid="share-link-row"][data-label="Leaving screen"]')).toHaveAttribute("data-state", "active");
  await screen.context().close();
});

test("the admin turns autolock on and off from /swarm and rotates the worker join token; the CLI agrees", async ({ page }) => {
  const workerToken = (await docker("swarm", "join-token", "-q", "worker")).trim();
  await signInAdmin(page, "/swarm");
  const security = page.getByTestId("swarm-security");
  await expect(security.getByTestId("autolock")).toContainText("Autolock: off");
  await expect(security.getByTestId("rotate-unlock-key")).toBeDisabled();
  try {
    await security.getByTestId("autolock-toggle").click();
    const feedback = security.getByTestId("action-feedback");
    await expect(feedback).toHaveAttribute("data-status", "ok");
    await expect(feedback.getByTestId("action-cli")).toHaveText("docker swarm update --autolock=true");
    await expect(security.getByTestId("autolock")).toContainText("Autolock: on");
    expect((await docker("info", "--format", "{{.Swarm.Cluster.Spec.EncryptionConfig.AutoLockManagers}}")).trim()).toBe("true");
    const key = (await docker("swarm", "unlock-key", "-q")).trim();
    expect(await page.locator("body").innerText()).not.toContain(key); // not shown until Reveal
    await page.getByTestId("reveal-unlock-key").click();
    await expect(page.getByTestId("unlock-key")).toHaveText(key);
  } finally {
    await security.getByTestId("autolock-toggle").click();
    await expect(security.getByTestId("autolock")).toContainText("Autolock: off");
  }
  expect((await docker("info", "--format", "{{.Swarm.Cluster.Spec.EncryptionConfig.AutoLockManagers}}")).trim()).toBe("false");

  await security.getByTestId("rotate-worker-token").click();
  await expect(security.getByTestId("action-feedback")).toHaveAttribute("data-status", "ok");
  await expect(security.getByTestId("action-feedback").getByTestId("action-cli")).toHaveText("docker swarm join-token --rotate -q worker");
  const rotated = (await docker("swarm", "join-token", "-q", "worker")).trim();
  expect(rotated).not.toBe(workerToken);
  expect(await page.locator("body").innerText()).not.toContain(rotated);
});
