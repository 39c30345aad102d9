// End to end in Chromium: local mode says so in the nav; with users configured, pages send you to /login, and sign-in/out work.
import { expect, test } from "@playwright/test";
import { type AuthServer, startAuthServer } from "./support/auth-server";

import { PORTS } from "./support/ports";
const AUTH_PORT = PORTS.security;
const PASSWORD = "e2e-admin-password";
let server: AuthServer | null = null;

test.describe("local mode", () => {
  test("the nav says local mode and offers no sign-out; pages carry the security headers", async ({ page }) => {
    const response = await page.goto("/networks");
    const headers = response?.headers() ?? {};
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    const badge = page.getByTestId("session-badge");
    await expect(badge).toHaveText("Local mode (no sign-in; listening on 127.0.0.1 only)");
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  });
});

test.describe("with users configured", () => {
  test.beforeAll(async () => {
    server = await startAuthServer(AUTH_PORT, PASSWORD);
  });

  test.afterAll(() => {
    server?.stop();
  });

  test("a page sends you to sign in, then back; the live view works with the session; sign out ends it", async ({ page }) => {
    const base = `http://127.0.0.1:${AUTH_PORT}`;
    await page.goto(`${base}/networks`);
    await expect(page).toHaveURL(`${base}/login?next=%2Fnetworks`);
    await page.getByLabel("User name").fill("admin");
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-form").getByRole("alert")).toHaveText("wrong user name or password");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${base}/networks`);
    await expect(page.getByTestId("session-badge")).toContainText("Signed in as admin (admin)");
    const cookie = (await page.context().cookies(base)).find((c) => c.name === "swarmscope_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", secure: false });

    await page.goto(`${base}/`);
    await expect(page.getByTestId("node")).toHaveCount(5); // the socket accepted the session

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    expect((await page.request.get(`${base}/api/v1/me`)).status()).toBe(401);
  });
});
