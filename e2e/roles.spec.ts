// End to end in Chromium: each role sees only the controls the server lets it use (viewer: none; operator: no node role/removal, no Reveal;
// admin: everything and the Admin page, where users are added, re-roled and removed, each in the audit log).
import { expect, type Page, test } from "@playwright/test";
import { docker, LAB_IMAGE, uniqueName } from "../test/support/docker-cli";
import { type AuthServer, startAuthServer } from "./support/auth-server";

import { PORTS } from "./support/ports";
const BASE = `http://127.0.0.1:${PORTS.roles}`;
const ADMIN_PASSWORD = "e2e-roles-admin-password";
const USERS = {
  viewer: { name: "e2e-viewer", password: "e2e-viewer-password" },
  operator: { name: "e2e-operator", password: "e2e-operator-password" },
  admin: { name: "admin", password: ADMIN_PASSWORD },
} as const;
type RoleName = keyof typeof USERS;

const SERVICE = uniqueName("e2e-roles");
let server: AuthServer | null = null;
let serviceId = "";

test.describe.configure({ mode: "serial" });

/** A request as the admin from Node: the session cookie of a sign-in, and an Origin equal to the server's (as a browser would send). */
async function adminCall(method: string, route: string, body: unknown, cookie: string): Promise<Response> {
  return fetch(`${BASE}${route}`, { method, headers: { cookie, origin: BASE, "content-type": "application/json" }, body: JSON.stringify(body) });
}

test.beforeAll(async () => {
  await docker("service", "create", "--detach", "--name", SERVICE, "--stop-grace-period", "1s", "--no-resolve-image", "--replicas", "1", LAB_IMAGE, "sleep", "3600");
  serviceId = (await docker("service", "inspect", "--format", "{{.ID}}", SERVICE)).trim();
  server = await startAuthServer(PORTS.roles, ADMIN_PASSWORD);

  const login = await fetch(`${BASE}/api/v1/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: ADMIN_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
  expect(cookie).toMatch(/^swarmscope_session=./);
  for (const role of ["viewer", "operator"] as const) {
    const res = await adminCall("POST", "/api/v1/users", { name: USERS[role].name, role, password: USERS[role].password }, cookie);
    expect(res.status, await res.text()).toBe(200);
  }
});

test.afterAll(async () => {
  server?.stop();
  await docker("service", "rm", SERVICE).catch(() => undefined);
});

/** Signs the page's browser context in (the request shares the context's cookies) and waits for the nav to know who it is. */
async function signIn(page: Page, role: RoleName, route: string): Promise<void> {
  const res = await page.request.post(`${BASE}/api/v1/login`, { data: { username: USERS[role].name, password: USERS[role].password } });
  expect(res.status()).toBe(200);
  await page.goto(`${BASE}${route}`);
  await expect(page.getByTestId("session-badge")).toHaveText(new RegExp(`^Signed in as ${USERS[role].name} \\(${role}\\)`));
}

const legend = (page: Page) => page.locator(`[data-testid="legend-service"][data-service-name="${SERVICE}"]`);
const nav = (page: Page) => page.getByTestId("site-nav");

async function openBoard(page: Page, role: RoleName): Promise<void> {
  await signIn(page, role, "/");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await expect(page.getByTestId("node")).toHaveCount(5);
  await expect(page.locator(`[data-testid="task"][data-service-name="${SERVICE}"]`)).toHaveCount(1);
  await expect(legend(page)).toBeVisible();
}

test("a viewer sees the board, the service and the swarm, but no control anywhere", async ({ page }) => {
  await openBoard(page, "viewer");
  await expect(legend(page).getByRole("link", { name: SERVICE })).toBeVisible();
  await expect(page.getByTestId("scale-up")).toHaveCount(0);
  await expect(page.getByTestId("scale-down")).toHaveCount(0);
  await expect(page.getByTestId("service-actions-open")).toHaveCount(0);
  await expect(page.getByTestId("node-availability")).toHaveCount(0);
  await expect(page.getByTestId("node-actions-open")).toHaveCount(0);
  await expect(page.getByTestId("node").first().getByTitle("Availability")).toBeVisible(); // a plain pill instead of the menu
  await expect(nav(page).getByRole("link", { name: "Visualizer" })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: "New service" })).toHaveCount(0);
  await expect(nav(page).getByRole("link", { name: "Admin" })).toHaveCount(0);

  await page.goto(`${BASE}/services/${serviceId}`);
  await expect(page.getByTestId("service-detail")).toHaveAttribute("data-service-name", SERVICE);
  await expect(page.getByTestId("service-spec")).toContainText(LAB_IMAGE);
  await expect(page.getByTestId("service-task-row")).toHaveCount(1);
  await expect(page.getByTestId("service-actions")).toHaveCount(0);
  await expect(page.getByRole("complementary", { name: "Operations" })).toHaveCount(0);

  await page.goto(`${BASE}/nodes/worker1`);
  await expect(page.getByTestId("node-detail")).toHaveAttribute("data-hostname", "worker1");
  await expect(page.getByTestId("node-actions")).toHaveCount(0);

  await page.goto(`${BASE}/swarm`);
  await expect(page.getByTestId("swarm-detail")).toBeVisible();
  await expect(page.getByTestId("session-badge")).toContainText("(viewer)");
  await expect(page.getByRole("button", { name: "Reveal" })).toHaveCount(0);
  await expect(page.getByTestId("join-secrets")).toHaveCount(0);

  await page.goto(`${BASE}/services/new`);
  await expect(page.getByTestId("needs-role")).toContainText("Creating a service needs the operator role");
  await expect(page.getByRole("button", { name: /create/i })).toHaveCount(0);

  await page.goto(`${BASE}/secrets`);
  await expect(page.getByTestId("session-badge")).toContainText("(viewer)");
  await expect(page.getByTestId("data-create")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Remove…" })).toHaveCount(0);

  await page.goto(`${BASE}/stacks`);
  await expect(page.getByTestId("session-badge")).toContainText("(viewer)");
  await expect(page.getByRole("link", { name: "Deploy a stack" })).toHaveCount(0);

  await page.goto(`${BASE}/networks`);
  await expect(page.getByTestId("session-badge")).toContainText("(viewer)");
  await expect(page.getByTestId("open-create-network")).toHaveCount(0);

  await page.goto(`${BASE}/admin`);
  await expect(page.getByTestId("needs-role")).toContainText("needs the admin role");
});

test("an operator gets scale and availability, but no promote/demote, node removal or Reveal", async ({ page }) => {
  await openBoard(page, "operator");
  await expect(legend(page).getByTestId("scale-up")).toBeVisible();
  await expect(legend(page).getByTestId("scale-down")).toBeVisible();
  await expect(legend(page).getByTestId("service-actions-open")).toBeVisible();
  await expect(page.getByTestId("node-availability")).toHaveCount(5);
  await expect(nav(page).getByRole("link", { name: "New service" })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: "Admin" })).toHaveCount(0);

  await page.locator('[data-testid="node"][data-node-name="worker1"]').getByTestId("node-actions-open").click();
  const drawer = page.getByTestId("action-drawer");
  await expect(drawer.getByTestId("availability-section")).toBeVisible();
  await expect(drawer.getByTestId("labels-section")).toBeVisible();
  await expect(drawer.getByTestId("role-section")).toHaveCount(0);
  await expect(drawer.getByTestId("remove-node-section")).toHaveCount(0);

  await page.goto(`${BASE}/services/${serviceId}`);
  await expect(page.getByTestId("service-actions").getByTestId("scale-section")).toBeVisible();

  await page.goto(`${BASE}/nodes/worker1`);
  const actions = page.getByTestId("node-actions");
  await expect(actions.getByTestId("availability-section")).toBeVisible();
  await expect(actions.getByTestId("role-section")).toHaveCount(0);
  await expect(actions.getByTestId("remove-node-section")).toHaveCount(0);
  await expect(page.getByTestId("promote")).toHaveCount(0);
  await expect(page.getByTestId("demote")).toHaveCount(0);

  await page.goto(`${BASE}/swarm`);
  await expect(page.getByTestId("swarm-detail")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reveal" })).toHaveCount(0);
});

test("an admin sees every control and the Admin link", async ({ page }) => {
  await openBoard(page, "admin");
  await expect(legend(page).getByTestId("scale-up")).toBeVisible();
  await expect(page.getByTestId("node-availability")).toHaveCount(5);
  await page.locator('[data-testid="node"][data-node-name="worker1"]').getByTestId("node-actions-open").click();
  const drawer = page.getByTestId("action-drawer");
  await expect(drawer.getByTestId("availability-section")).toBeVisible();
  await expect(drawer.getByTestId("role-section")).toBeVisible();
  await expect(drawer.getByTestId("promote")).toBeVisible();
  await expect(drawer.getByTestId("remove-node-section")).toBeVisible();

  await page.goto(`${BASE}/swarm`);
  await expect(page.getByTestId("reveal-join-tokens")).toBeVisible();
  await expect(page.getByTestId("reveal-unlock-key")).toBeVisible();

  await nav(page).getByRole("link", { name: "Admin" }).click();
  await expect(page).toHaveURL(`${BASE}/admin`);
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Share links" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
});

test("on /admin an admin adds a user, changes its role and removes it, each in the audit log", async ({ page }) => {
  const name = `e2e-temp-${Date.now().toString(36)}`;
  await signIn(page, "admin", "/admin");
  const users = page.getByTestId("admin-users");
  await expect(users.locator('[data-testid="user-row"][data-user="e2e-viewer"]').getByLabel("Role of e2e-viewer")).toHaveValue("viewer");
  await expect(users.locator('[data-testid="user-row"][data-user="admin"]')).toContainText("(you)");

  const form = users.getByRole("form", { name: "Add a user" });
  await form.getByLabel("User name").fill(name);
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByLabel(/^Password/).fill("short");
  await expect(form.getByRole("button", { name: "Add user" })).toBeDisabled();
  await form.getByLabel(/^Password/).fill("e2e-temp-password");
  await form.getByRole("button", { name: "Add user" }).click();
  const row = users.locator(`[data-testid="user-row"][data-user="${name}"]`);
  await expect(row.getByLabel(`Role of ${name}`)).toHaveValue("viewer");

  await row.getByLabel(`Role of ${name}`).selectOption("operator");
  await expect(row.getByLabel(`Role of ${name}`)).toHaveValue("operator");
  const roles = (await (await page.request.get(`${BASE}/api/v1/users`)).json()) as { users: { name: string; role: string }[] };
  expect(roles.users).toContainEqual({ name, role: "operator" });

  // The last admin cannot be demoted: the server's refusal shows in the row.
  await users.locator('[data-testid="user-row"][data-user="admin"]').getByLabel("Role of admin").selectOption("viewer");
  await expect(users.locator('[data-testid="user-row"][data-user="admin"]').getByRole("alert")).toContainText("last admin");
  await expect(users.locator('[data-testid="user-row"][data-user="admin"]').getByLabel("Role of admin")).toHaveValue("admin");

  const audit = page.getByTestId("admin-audit");
  await audit.getByLabel("Filter the audit log").fill(name);
  await expect(audit.locator('[data-testid="audit-row"][data-action="user.add"]')).toHaveAttribute("data-target", name);
  await expect(audit.locator('[data-testid="audit-row"][data-action="user.role"]')).toHaveAttribute("data-target", name);
  await expect(audit.getByTestId("audit-row").first()).toHaveAttribute("data-action", "user.role"); // newest first
  await expect(audit.getByRole("link", { name: "Export JSON lines" })).toHaveAttribute("href", "/api/v1/audit?format=jsonl");

  await row.getByRole("button", { name: "Remove…" }).click();
  await expect(row.getByRole("button", { name: "Remove", exact: true })).toBeDisabled();
  await row.getByLabel(`Type ${name} to confirm`).fill(name);
  await row.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(users.locator(`[data-testid="user-row"][data-user="${name}"]`)).toHaveCount(0);
  await expect(audit.locator('[data-testid="audit-row"][data-action="user.remove"]')).toHaveAttribute("data-target", name);
  await audit.getByRole("button", { name: "Refresh" }).click();
  await expect(audit.getByTestId("audit-row")).toHaveCount(3);
  await audit.getByLabel("Filter the audit log").fill("");
  await expect(audit.locator('[data-testid="audit-row"][data-action="user.role"][data-result="error"]')).toHaveCount(1);
});
