// End to end in Chromium: pages carry a script CSP with a fresh nonce that every Next script carries; pages go live with no violation; injected scripts never run.
import { expect, type Page, test } from "@playwright/test";

interface Probe {
  path: string;
  /** Something only the hydrated, connected page shows (client JS ran, the socket or fetch went through). */
  live(page: Page): Promise<void>;
}

const connected = (page: Page) => expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");

/** A page that connects, then shows what only the live page shows. */
const afterConnect = (path: string, shows: (page: Page) => Promise<void>): Probe => ({
  path,
  live: async (page) => {
    await connected(page);
    await shows(page);
  },
});

const PAGES: Probe[] = [
  afterConnect("/", (page) => expect(page.getByTestId("node")).toHaveCount(5)),
  afterConnect("/services/new", async (page) => {
    await page.getByTestId("field-name").fill("csp-probe");
    await expect(page.getByTestId("cli-preview")).toContainText("--name csp-probe"); // React re-renders as you type
  }),
  afterConnect("/networks", (page) => expect(page.locator('[data-testid="network-row"][data-network-name="ingress"]')).toHaveCount(1)),
  afterConnect("/topology", (page) => expect(page.locator('[data-testid="topo-node"][data-kind="node"]')).toHaveCount(5)), // drawn by d3
  { path: "/stacks", live: connected },
  afterConnect("/swarm", (page) => expect(page.getByTestId("swarm-detail")).toHaveAttribute("data-managers", "3")),
  afterConnect("/admin", (page) => expect(page.getByTestId("admin")).toBeVisible()), // local mode is the admin
  {
    path: "/login",
    live: async (page) => {
      // The form posts with fetch (local mode answers 400) and shows the answer in place: no native form submit.
      await page.getByLabel("User name").fill("nobody");
      await page.getByLabel("Password").fill("not-a-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("login-form").getByRole("alert")).toBeVisible();
      await expect(page).toHaveURL(/\/login$/);
    },
  },
];

/** Installed before any page script: records every CSP violation report the page raises. */
const WATCH_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
  }, true);
`;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

const violations = (page: Page) => page.evaluate("window.__cspViolations") as Promise<Violation[]>;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

function nonceOf(csp: string): string {
  const script = directives(csp).get("script-src") ?? [];
  const nonces = script.map((s) => /^'nonce-([A-Za-z0-9+/]+={0,2})'$/.exec(s)?.[1]).filter((n): n is string => Boolean(n));
  expect(nonces, `one nonce in script-src of: ${csp}`).toHaveLength(1);
  return nonces[0];
}

test("every page's CSP allows only own and nonce'd scripts, the nonce is fresh on every load, and every script tag in the HTML carries it", async ({ request }) => {
  for (const { path } of PAGES) {
    const [first, second] = [await request.get(path), await request.get(path)];
    expect(first.status(), path).toBe(200);
    const csp = first.headers()["content-security-policy"];
    const d = directives(csp);
    const nonce = nonceOf(csp);
    // Own files and the nonce, nothing else: no 'unsafe-inline', no 'unsafe-eval' (production server), no other
    // sources, and no 'strict-dynamic' (under it Chromium runs any script inserted by script, inline or data:).
    expect(d.get("script-src"), `${path} script-src`).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(d.get("object-src"), path).toEqual(["'none'"]);
    expect(d.get("base-uri"), path).toEqual(["'none'"]);
    expect(d.get("frame-ancestors"), path).toEqual(["'none'"]);
    expect(nonceOf(second.headers()["content-security-policy"]), `${path}: a new nonce per load`).not.toBe(nonce);

    // Browsers hide the nonce attribute from the DOM, so check the HTML as sent.
    const tags = (await first.text()).match(/<script\b[^>]*>/gi) ?? [];
    expect(tags.length, `${path} has scripts`).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, `${path}: ${tag}`).toContain(` nonce="${nonce}"`);
  }
});

test("API answers carry the strict CSP (nothing loads, never framed)", async ({ request }) => {
  for (const path of ["/api/health", "/api/v1/cluster"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"];
    expect(directives(csp), path).toEqual(
      new Map([
        ["default-src", ["'none'"]],
        ["frame-ancestors", ["'none'"]],
      ]),
    );
  }
});

for (const probe of PAGES) {
  test(`${probe.path} hydrates and goes live with no CSP violation; injected scripts, handlers and eval do not run`, async ({ page }) => {
    await page.addInitScript(WATCH_VIOLATIONS);
    const response = await page.goto(probe.path);
    await probe.live(page);
    expect(await violations(page), "violations while loading and using the page").toEqual([]);

    // Ways an injection would try to run code at runtime: Playwright's script tag, <script> elements built in the DOM
    // (inline text, a data: URL), an inline event handler, eval.
    const tagError = await page.addScriptTag({ content: "window.__injected1 = 1" }).then(
      () => "",
      (e: Error) => e.message,
    );
    await page.evaluate(`new Promise((done) => {
      const inline = document.createElement("script");
      inline.textContent = "window.__injected2 = 1";
      document.body.appendChild(inline);
      const data = document.createElement("script");
      data.src = "data:text/javascript,window.__injected3 = 1";
      document.body.appendChild(data);
      setTimeout("window.__injected4 = 1", 0);
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__injected5 = 1");
      img.addEventListener("error", () => setTimeout(done, 200)); // by then anything let through has run
      img.src = "/csp-probe-missing.png";
      document.body.appendChild(img);
    })`);
    expect(await page.evaluate("[1, 2, 3, 4, 5].map((i) => window['__injected' + i])"), "injected code that ran").toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(tagError).toMatch(/Content Security Policy/);
    await expect
      .poll(async () => (await violations(page)).map((v) => `${v.directive} ${v.blocked}`).sort())
      .toEqual(["script-src eval", "script-src-attr inline", "script-src-elem data", "script-src-elem inline", "script-src-elem inline"]);

    // The browser sees the header's nonce on Next's scripts (as the property; the attribute reads as "").
    const nonce = nonceOf(response?.headers()["content-security-policy"] ?? "");
    expect(await page.evaluate("Array.from(document.scripts, (s) => s.nonce)")).toEqual(expect.arrayContaining([nonce]));
  });
}

test("a script or handler injected into the served HTML does not run", async ({ page }) => {
  // The real page and its real CSP header, with an injection added to the HTML (as a server-side XSS would).
  await page.route(
    (url) => url.pathname === "/login",
    async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace("<main", '<script>window.__parsed = 1</script><img src="/csp-probe-missing.png" onerror="window.__handler = 1"><main');
      await route.fulfill({ response: res, body });
    },
  );
  await page.addInitScript(WATCH_VIOLATIONS);
  await page.goto("/login"); // waits for the load event: the image has failed by then
  expect(await page.evaluate("[window.__parsed, window.__handler]"), "injected code that ran").toEqual([undefined, undefined]);
  await expect.poll(async () => (await violations(page)).map((v) => `${v.directive} ${v.blocked}`).sort()).toEqual(["script-src-attr inline", "script-src-elem inline"]);
});

test("client-side navigation loads the next page's code under the same policy", async ({ page }) => {
  await page.addInitScript(WATCH_VIOLATIONS);
  await page.goto("/");
  await connected(page);
  await page.getByTestId("site-nav").getByRole("link", { name: "Topology" }).click();
  await expect(page).toHaveURL(/\/topology$/);
  await expect(page.locator('[data-testid="topo-node"][data-kind="node"]')).toHaveCount(5);
  await page.getByTestId("site-nav").getByRole("link", { name: "Swarm" }).click();
  await expect(page.getByTestId("swarm-detail")).toHaveAttribute("data-managers", "3");
  expect(await violations(page)).toEqual([]);
});
