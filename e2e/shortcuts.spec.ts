// End to end in Chromium on the lab swarm: the keyboard shortcuts (?, Esc, g+letter, /, none while typing) and the light/dark theme (system default,
// remembered choice, set before the first paint under the CSP, every text readable in both on the main pages).
import { expect, type Page, test } from "@playwright/test";
import { createLabService, docker, LAB_IMAGE, uniqueName } from "../test/support/docker-cli";
import { lowContrast } from "./support/contrast";

test.describe.configure({ mode: "serial" });

const SERVICE = uniqueName("keys");

test.beforeAll(async () => {
  await createLabService(SERVICE, 2, "--stop-grace-period", "1s", LAB_IMAGE, "sleep", "86400");
});

test.afterAll(async () => {
  await docker("service", "rm", SERVICE).catch(() => undefined);
});

/** Installed before any page script: CSP violations, and the <html> class at the first frame (before it, nothing is painted). */
const WATCH = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI), true);
  requestAnimationFrame(() => { window.__firstFrameClass = document.documentElement.className; });
`;

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
}

const help = (page: Page) => page.getByRole("dialog", { name: "Keyboard shortcuts" });
const themeClass = (page: Page) => page.evaluate(() => document.documentElement.className);

/** The relative luminance (0 black – 1 white) of the page's body background, as painted. */
function bodyLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...ctx.getImageData(0, 0, 1, 1).data].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

test.describe("keyboard shortcuts", () => {
  test("? opens the list of shortcuts as a modal dialog with every page's g shortcut; Esc and a click outside close it and focus goes back", async ({ page }) => {
    await open(page, "/");
    const history = page.getByTestId("toggle-history");
    await history.focus();
    await page.keyboard.press("?");
    await expect(help(page)).toBeVisible();
    await expect(help(page)).toHaveAttribute("aria-modal", "true");
    const rows = help(page).getByTestId("go-shortcut");
    await expect(rows).toHaveCount(10); // local mode is the admin: every page of the nav with a letter
    await expect(rows.filter({ hasText: "Networks" })).toContainText("gn");
    await expect(rows.filter({ hasText: "Admin" })).toContainText("ga");
    await expect(help(page).getByRole("button", { name: "Close" })).toBeFocused();
    await page.keyboard.press("Tab"); // focus stays inside
    await expect(help(page).getByRole("button", { name: "Close" })).toBeFocused();

    await page.keyboard.press("Escape");
    await expect(help(page)).toHaveCount(0);
    await expect(history).toBeFocused();
    await expect(history).toHaveAttribute("aria-checked", "false"); // the keys did not reach the switch

    await page.keyboard.press("?");
    await expect(help(page)).toBeVisible();
    await page.mouse.click(5, 700); // the dimmed page around the panel
    await expect(help(page)).toHaveCount(0);
    await expect(history).toBeFocused();
  });

  test("Esc closes the shortcut list first, then the action drawer under it", async ({ page }) => {
    await open(page, "/");
    await page.getByTestId("node-actions-open").first().click();
    await expect(page.getByTestId("action-drawer")).toBeVisible();
    await page.keyboard.press("?");
    await expect(help(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(help(page)).toHaveCount(0);
    await expect(page.getByTestId("action-drawer")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("action-drawer")).toHaveCount(0);
  });

  test("g then a letter goes to that page of the nav; an unknown letter or a lone letter goes nowhere", async ({ page }) => {
    await open(page, "/");
    await page.keyboard.press("g");
    await page.keyboard.press("n");
    await expect(page).toHaveURL(/\/networks$/);
    await expect(page.getByTestId("site-nav").getByRole("link", { name: "Networks", exact: true })).toHaveAttribute("aria-current", "page");
    await page.keyboard.press("g");
    await page.keyboard.press("s");
    await expect(page).toHaveURL(/\/swarm$/);
    await page.keyboard.press("g");
    await page.keyboard.press("x");
    await page.keyboard.press("n"); // "n" alone: not a shortcut
    await page.keyboard.press("g");
    await page.keyboard.press("k");
    await expect(page).toHaveURL(/\/stacks$/); // the first URL change after x and n: they did nothing
    await page.keyboard.press("g");
    await page.keyboard.press("v");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("node").first()).toBeVisible();
  });

  test("/ focuses the page's filter box without typing the slash; typed keys in a box are text, not shortcuts", async ({ page }) => {
    await open(page, "/");
    const filter = page.getByTestId("filter");
    await page.keyboard.press("/");
    await expect(filter).toBeFocused();
    await expect(filter).toHaveValue("");
    await page.keyboard.type("gn?/ga");
    await expect(filter).toHaveValue("gn?/ga");
    // The box's own effect (its filter in the URL, after a short pause) happened; by then a shortcut would have navigated.
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("q"))).toBe("gn?/ga");
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(help(page)).toHaveCount(0);

    await open(page, "/admin");
    await page.keyboard.press("/");
    await expect(page.getByRole("searchbox", { name: "Filter the audit log" })).toBeFocused();
  });

  test("the nav's ? button opens the same list, which names the board's arrow keys and Enter", async ({ page }) => {
    await open(page, "/networks");
    await page.getByTestId("shortcuts-button").click();
    await expect(help(page)).toBeVisible();
    await expect(help(page)).toContainText("move between node columns and task cards");
    await expect(help(page)).toContainText("Enter");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("shortcuts-button")).toBeFocused();
  });

  test("arrow keys move between the board's columns and cards; Enter opens the focused task's service and node", async ({ page }) => {
    await open(page, "/");
    const cards = page.locator(`[data-testid="task"][data-service-name="${SERVICE}"][data-state="running"]`);
    await expect(cards).toHaveCount(2);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const column = el.closest('[data-testid="node"]') as HTMLElement | null;
        return { testid: el.dataset.testid ?? el.tagName.toLowerCase(), task: el.dataset.taskId ?? null, node: column?.dataset.nodeName ?? null };
      });
    const nodes = await page.getByTestId("node").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.nodeName));

    await page.keyboard.press("ArrowDown"); // from the page itself: into the board, the first column's first card (or its header)
    const start = await focused();
    expect(start.node).toBe(nodes[0]);
    await page.keyboard.press("Home");
    expect(await focused()).toMatchObject({ testid: "header", node: nodes[0] });
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toMatchObject({ testid: "header", node: nodes[1] });
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft"); // the first column: nowhere further left
    expect(await focused()).toMatchObject({ testid: "header", node: nodes[0] });

    // Walk right along the headers to the column of one of the service's cards, then down to that card.
    const card = cards.first();
    const cardNode = await card.evaluate((el) => (el.closest('[data-testid="node"]') as HTMLElement).dataset.nodeName);
    for (let i = 0; i < nodes.indexOf(cardNode); i++) await page.keyboard.press("ArrowRight");
    expect(await focused()).toMatchObject({ testid: "header", node: cardNode });
    const taskId = await card.getAttribute("data-task-id");
    for (let i = 0; i < 20 && (await focused()).task !== taskId; i++) await page.keyboard.press("ArrowDown");
    expect(await focused()).toMatchObject({ task: taskId, node: cardNode });
    await expect(card).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/services/[a-z0-9]+\\?task=${taskId}$`)); // the card's link: its service, that task's state path open
    await expect(page.getByTestId("page-title")).toContainText(SERVICE);

    await page.goBack();
    await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter"); // a column's header opens its node's page
    await expect(page).toHaveURL(/\/nodes\/[a-z0-9]+$/);
    await expect(page.getByTestId("page-title")).toContainText(nodes[0]!);
  });
});

test.describe("theme", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(WATCH);
  });

  test("follows the system until chosen; the toggle's choice is remembered, on <html> from the first frame, with no CSP violation", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await open(page, "/");
    await expect.poll(() => themeClass(page)).toBe("dark");
    expect(await page.evaluate(() => (window as unknown as { __firstFrameClass: string }).__firstFrameClass)).toBe("dark");
    const dark = await bodyLuminance(page);
    expect(dark).toBeLessThan(0.05);

    await page.emulateMedia({ colorScheme: "light" }); // no choice yet: the page follows the system as it changes
    await expect.poll(() => themeClass(page)).toBe("light");
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => themeClass(page)).toBe("dark");

    const toggle = page.getByTestId("theme-toggle");
    await expect(toggle).toHaveAccessibleName("Switch to the light theme");
    await toggle.click();
    await expect.poll(() => themeClass(page)).toBe("light");
    await expect(toggle).toHaveAccessibleName("Switch to the dark theme");
    expect(await bodyLuminance(page)).toBeGreaterThan(0.9);
    expect(await page.evaluate(() => localStorage.getItem("swarmscope-theme"))).toBe("light");

    await page.reload(); // the system still prefers dark: the choice wins, from the first frame
    await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
    expect(await page.evaluate(() => (window as unknown as { __firstFrameClass: string }).__firstFrameClass)).toBe("light");
    await page.emulateMedia({ colorScheme: "light" });
    await page.emulateMedia({ colorScheme: "dark" }); // a chosen theme does not follow the system
    await page.goto("/networks");
    expect(await page.evaluate(() => (window as unknown as { __firstFrameClass: string }).__firstFrameClass)).toBe("light");
    await expect(page.getByTestId("theme-toggle")).toHaveAccessibleName("Switch to the dark theme");
    await page.getByTestId("theme-toggle").click();
    await expect.poll(() => themeClass(page)).toBe("dark");
    expect(await page.evaluate(() => localStorage.getItem("swarmscope-theme"))).toBe("dark");

    // "auto": forget the choice; the page takes the system's theme at once and follows it again.
    await page.emulateMedia({ colorScheme: "light" });
    expect(await themeClass(page)).toBe("dark");
    await page.getByTestId("theme-follow-system").click();
    await expect.poll(() => themeClass(page)).toBe("light");
    expect(await page.evaluate(() => localStorage.getItem("swarmscope-theme"))).toBeNull();
    await expect(page.getByTestId("theme-follow-system")).toHaveCount(0);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => themeClass(page)).toBe("dark");
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  });

  test("the theme script is in <head>, before <body>, with this response's CSP nonce", async ({ request }) => {
    const answer = await request.get("/");
    const csp = answer.headers()["content-security-policy"];
    const nonce = /'nonce-([A-Za-z0-9+/]+={0,2})'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    const html = await answer.text();
    const script = html.indexOf(`<script nonce="${nonce}">(function(){var s=null;try{s=localStorage.getItem("swarmscope-theme")`);
    expect(script).toBeGreaterThan(html.indexOf("<head"));
    expect(script).toBeLessThan(html.indexOf("<body"));
  });

  for (const theme of ["dark", "light"] as const) {
    test(`every text on the board, a service, a stack deploy and the other main pages is readable in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      for (const path of ["/", `/services/${SERVICE}`, "/stacks/deploy", "/services/new", "/swarm", "/networks", "/stacks", "/admin"]) {
        await open(page, path);
        if (path === "/") await expect(page.locator(`[data-testid="task"][data-service-name="${SERVICE}"][data-state="running"]`)).toHaveCount(2);
        if (path === `/services/${SERVICE}`) await expect(page.getByTestId("page-title")).toHaveText(SERVICE);
        if (path === "/admin") await expect(page.getByTestId("admin-audit")).toContainText(/\d+ entr/); // its lists have answered
        expect(await themeClass(page)).toBe(theme);
        expect(await lowContrast(page, 3), `${path} in the ${theme} theme`).toEqual([]);
      }
    });
  }
});
