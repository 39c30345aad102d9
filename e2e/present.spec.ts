// End to end in Chromium on the lab swarm: /present narrates the CLI's changes, fits 5 nodes × 100 tasks at 720p and 1080p with readable text,
// follows the presenter's spotlight on another browser, and opens read-only from a share link and a phone link.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { io } from "socket.io-client";
import { createLabService, docker, LAB_IMAGE, uniqueName } from "../test/support/docker-cli";
import { type AuthServer, startAuthServer } from "./support/auth-server";

import { PORTS } from "./support/ports";
const SMALL = uniqueName("e2e-present");
const BIG = uniqueName("e2e-present-many");
const ADMIN_PASSWORD = "e2e-present-admin-password";
let auth: AuthServer | null = null;

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  auth?.stop();
  for (const name of [SMALL, BIG]) await docker("service", "rm", name).catch(() => undefined);
  await docker("node", "update", "--availability", "active", "worker2").catch(() => undefined);
});

const sentence = (page: Page, kind: string, text: RegExp) => page.locator(`[data-testid="narration-item"][data-kind="${kind}"]`).filter({ hasText: text });

async function openPresent(browser: Browser, width: number, height: number, query = ""): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`/present${query}`);
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await expect(page.getByTestId("node")).toHaveCount(5);
  return page;
}

/** The lab guide's steps that are ticked off, in order. */
async function stepsDone(board: Page): Promise<string[]> {
  return board.locator('[data-testid="lab-step"][data-done="true"]').evaluateAll((steps) => steps.map((s) => (s as HTMLElement).dataset.step ?? ""));
}

test("the narration tells create, scale 7 → 4, drain and active again, and removal in Docker's words; the presenter's lab guide ticks along", async ({ browser, page: board }) => {
  await board.goto("/");
  await expect(board.getByTestId("connection")).toHaveAttribute("data-state", "live");
  await board.getByTestId("present-open").click();
  await board.getByTestId("lab-guide").locator("summary").click();
  await expect.poll(() => stepsDone(board)).toEqual(["init"]);
  const page = await openPresent(browser, 1280, 720);
  await createLabService(SMALL, 7, "--stop-grace-period", "1s", LAB_IMAGE, "sleep", "1d");
  await expect(sentence(page, "service-created", new RegExp(`^\\S+\\s*${SMALL} created: 7 replicas of ${LAB_IMAGE}$`))).toHaveCount(1);
  await docker("service", "scale", "--detach", `${SMALL}=4`);
  await expect(sentence(page, "service-scaled", new RegExp(`${SMALL} scaled 7 → 4$`))).toHaveCount(1);
  await expect(page.locator(`[data-testid="task"][data-service-name="${SMALL}"][data-state="running"]`)).toHaveCount(4);
  await expect.poll(() => stepsDone(board)).toEqual(["init", "create", "scale"]);
  // The guide's commands name the room's service, ready to copy.
  await expect(board.locator('[data-testid="lab-step"][data-step="update"] [data-testid="lab-step-cli"]')).toContainText(`docker service update --image lab/busybox:2 ${SMALL}`);

  const onWorker2 = await page.locator(`[data-testid="node"][data-node-name="worker2"] [data-testid="task"][data-desired-state="running"]`).count();
  await docker("node", "update", "--availability", "drain", "worker2");
  const drained = onWorker2 === 0 ? /worker2 drained: no tasks to move$/ : new RegExp(`worker2 drained: ${onWorker2} tasks? moved to [a-z0-9, ]+$`);
  await expect(sentence(page, "node-drained", drained)).toHaveCount(1);
  await expect(page.locator('[data-testid="node"][data-node-name="worker2"]')).toHaveAttribute("data-availability", "drain");
  await docker("node", "update", "--availability", "active", "worker2");
  await expect(sentence(page, "node-active", /worker2 active again$/)).toHaveCount(1);

  await docker("service", "rm", SMALL);
  await expect(sentence(page, "service-removed", new RegExp(`${SMALL} removed$`))).toHaveCount(1);
  await expect.poll(() => stepsDone(board)).toEqual(["init", "create", "scale", "drain", "rm"]);
  // Newest first: the removal leads the strip.
  await expect(page.getByTestId("narration-item").first()).toHaveAttribute("data-kind", "service-removed");
  await page.context().close();
});

/** What a screen shows that a projector's audience must read: scroll, tasks off screen, the smallest text, the worst contrast. */
function measure(page: Page) {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => v / 255);
      const f = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        const parts = rgb(c);
        if (parts.length === 3 || (parts.length === 4 && parts[3] > 0.99)) return c;
      }
      return "rgb(255, 255, 255)";
    };
    const root = document.querySelector('[data-testid="present"]') as HTMLElement;
    let smallest = Infinity;
    let worst = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim()) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.bottom > innerHeight || rect.right > innerWidth) continue; // clipped away: not shown
      const style = getComputedStyle(el);
      smallest = Math.min(smallest, parseFloat(style.fontSize));
      const [a, b] = [lum(style.color), lum(background(el))].sort((x, y) => y - x);
      worst = Math.min(worst, (a + 0.05) / (b + 0.05));
    }
    // Off the screen, or cut off by its column.
    const offscreen = [...document.querySelectorAll('[data-testid="task"]')].filter((t) => {
      const r = t.getBoundingClientRect();
      const c = (t.closest("section") as HTMLElement).getBoundingClientRect();
      return r.bottom > Math.min(innerHeight, c.bottom) || r.right > Math.min(innerWidth, c.right) || r.top < c.top || r.left < c.left;
    }).length;
    const names = [...document.querySelectorAll('[data-testid="node"] h2')].map((h) => parseFloat(getComputedStyle(h).fontSize));
    const el = document.scrollingElement as HTMLElement;
    return {
      scrolls: el.scrollHeight > innerHeight || el.scrollWidth > innerWidth,
      offscreen,
      smallest,
      worst,
      nodeName: Math.min(...names),
      mode: root.dataset.mode,
    };
  });
}

test("at 1280×720 and 1920×1080, 5 nodes with 100 tasks fit with no scrolling, readable text and contrast, in both themes", async ({ browser }) => {
  await createLabService(BIG, 100, "--stop-grace-period", "1s", LAB_IMAGE, "sleep", "1d");
  for (const [width, height, minText, minName, theme] of [
    [1280, 720, 14, 14, "dark"],
    [1920, 1080, 18, 24, "light"],
  ] as const) {
    const page = await openPresent(browser, width, height, `?theme=${theme}`);
    await expect(page.locator(`[data-testid="task"][data-service-name="${BIG}"][data-state="running"]`)).toHaveCount(100, { timeout: 120_000 });
    await expect(page.getByTestId("present")).toHaveAttribute("data-theme", theme);
    const m = await measure(page);
    expect(m).toMatchObject({ scrolls: false, offscreen: 0 });
    expect(m.smallest).toBeLessThan(40); // text was found and measured
    expect(m.worst).toBeLessThan(21.01);
    await page.screenshot({ path: `test-reports/present-${width}x${height}.png` });
    expect(m.smallest).toBeGreaterThanOrEqual(minText);
    expect(m.nodeName).toBeGreaterThanOrEqual(minName);
    expect(m.worst).toBeGreaterThanOrEqual(4.5);
    // The theme is remembered by this screen: the same URL without ?theme keeps it.
    await page.goto("/present");
    await expect(page.getByTestId("present")).toHaveAttribute("data-theme", theme);
    await page.context().close();
  }
  // A phone: the columns stack, nothing runs off the side.
  const phone = await openPresent(browser, 390, 844);
  expect(await phone.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
  await phone.context().close();
});

test("the presenter's spotlight shows on a second browser following the presentation, and clears everywhere", async ({ page, browser }) => {
  await page.goto("/");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
  const room = await openPresent(browser, 1280, 720);
  await page.getByTestId("present-open").click();
  await page.getByTestId("spotlight-select").selectOption(`service:${BIG}`);
  await expect(room.getByTestId("present")).toHaveAttribute("data-spotlight", `service:${BIG}`);
  await expect(room.locator(`[data-testid="task"][data-service-name="${BIG}"][data-lit="false"]`)).toHaveCount(0);
  await page.getByTestId("spotlight-select").selectOption("node:worker1");
  await expect(room.getByTestId("present")).toHaveAttribute("data-spotlight", "node:worker1");
  await expect(room.locator('[data-testid="node"][data-node-name="worker2"]')).toHaveAttribute("data-lit", "false");
  await expect(room.locator('[data-testid="node"][data-node-name="worker1"]')).toHaveAttribute("data-lit", "true");
  await page.getByTestId("spotlight-select").selectOption("");
  await expect(room.getByTestId("present")).toHaveAttribute("data-spotlight", "");
  await room.context().close();
});

test("a share link and a phone link open /present read-only; their sockets cannot steer the presentation", async ({ browser }) => {
  auth = await startAuthServer(PORTS.present, ADMIN_PASSWORD);
  const base = auth.base;
  const admin = await browser.newContext();
  expect((await admin.request.post(`${base}/api/v1/login`, { data: { username: "admin", password: ADMIN_PASSWORD } })).status()).toBe(200);
  const share = await admin.request.post(`${base}/api/v1/share-links`, { data: { label: "Room 3" }, headers: { origin: base } });
  const phone = await admin.request.post(`${base}/api/v1/present-links`, { data: {}, headers: { origin: base } });
  expect([share.status(), phone.status()]).toEqual([201, 201]);
  const phoneUrl: string = (await phone.json()).url;
  expect(phoneUrl).toMatch(/^\/p\/[A-Za-z0-9_-]{16}$/);

  for (const [path, viewport] of [
    [`${(await share.json()).url}?to=present`, { width: 1280, height: 720 }],
    [phoneUrl, { width: 390, height: 844 }],
  ] as const) {
    const context = await browser.newContext({ viewport });
    const screen = await context.newPage();
    await screen.goto(`${base}${path}`);
    await expect(screen).toHaveURL(`${base}/present`);
    await expect(screen.getByTestId("connection")).toHaveAttribute("data-state", "live");
    await expect(screen.getByTestId("node")).toHaveCount(5);
    await expect(screen.locator("button, input, select, a")).toHaveCount(0);
    // The same session's socket asks to steer: refused.
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const socket = io(base, { path: "/socket.io", transports: ["websocket"], extraHeaders: { cookie, origin: base } });
    const answer = await new Promise<{ ok: boolean; error?: string }>((resolve) =>
      socket.emit("present:set", { presentation: "default", state: { spotlight: { kind: "node", name: "worker1" }, history: false, q: "", service: null, stack: null } }, resolve),
    );
    socket.close();
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/needs operator/);
    await expect(screen.getByTestId("present")).toHaveAttribute("data-spotlight", "");
    await context.close();
  }
  await admin.close();
});
