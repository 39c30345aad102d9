// bench:lag — on the lab swarm: delay from the engine reporting a change to the page showing it, and Engine API load per viewer count.
// Usage: eval "$(scripts/lab-swarm env)"; npm run build; npm run bench:lag [-- --trials 10 --window 20]
import { type ChildProcess, spawn } from "node:child_process";
import { chromium, type Browser, type Page } from "@playwright/test";
import { EngineClient } from "../server/engine/client";
import { endpointFromEnv } from "../server/engine/connection";
import { docker, LAB_IMAGE, uniqueName } from "../test/support/docker-cli";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const TRIALS = arg("trials", 10);
const WINDOW_S = arg("window", 20);
const PORT = arg("port", 3300);
const ENGINE_POLL_MS = 50;
const BASE = `http://127.0.0.1:${PORT}`;

interface PageEvent {
  t: number;
  kind: "task" | "gone" | "availability";
  id: string;
  value: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(ENGINE_POLL_MS);
  }
}

function startServer(): ChildProcess {
  const child = spawn("node_modules/.bin/tsx", ["server/index.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(PORT), HOST: "127.0.0.1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return child;
}

async function engineRequests(): Promise<number> {
  const text = await (await fetch(`${BASE}/metrics`)).text();
  return Number(/^swarmscope_engine_requests_total (\d+)/m.exec(text)?.[1] ?? NaN);
}

/**
 * Records, in the page, the moment every task card or node column changes (MutationObserver, Date.now()).
 * Kept as a string: tsx would wrap named functions in helpers the page does not have.
 */
const INSTRUMENT = `(() => {
  const log = [];
  window.benchLog = log;
  function note(el, t) {
    const testid = el.getAttribute("data-testid");
    if (testid === "task") log.push({ t, kind: "task", id: el.getAttribute("data-task-id") || "", value: el.getAttribute("data-state") || "" });
    if (testid === "node") log.push({ t, kind: "availability", id: el.getAttribute("data-node-name") || "", value: el.getAttribute("data-availability") || "" });
  }
  new MutationObserver(function (mutations) {
    const t = Date.now();
    for (const m of mutations) {
      if (m.type === "attributes") {
        if (m.attributeName === "data-testid" && m.oldValue === "task") log.push({ t, kind: "gone", id: m.target.getAttribute("data-task-id") || "", value: "" });
        else note(m.target, t);
      }
      for (const n of m.addedNodes) {
        if (!(n instanceof Element)) continue;
        note(n, t);
        n.querySelectorAll('[data-testid="task"],[data-testid="node"]').forEach(function (e) { note(e, t); });
      }
      for (const n of m.removedNodes) {
        if (!(n instanceof Element)) continue;
        const gone = n.matches('[data-testid="task"]') ? [n] : Array.from(n.querySelectorAll('[data-testid="task"]'));
        gone.forEach(function (e) { log.push({ t, kind: "gone", id: e.getAttribute("data-task-id") || "", value: "" }); });
      }
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ["data-state", "data-availability", "data-testid"] });
})()`;

async function instrument(page: Page): Promise<void> {
  await page.evaluate(INSTRUMENT);
}

async function pageEvents(page: Page): Promise<PageEvent[]> {
  return page.evaluate("window.benchLog.splice(0)") as Promise<PageEvent[]>;
}

async function waitPage(page: Page, what: string, match: (e: PageEvent) => boolean): Promise<number> {
  const seen: PageEvent[] = [];
  return until(what, async () => {
    seen.push(...(await pageEvents(page)));
    return seen.find(match)?.t ?? null;
  });
}

function stats(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, min: s[0], median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

function report(name: string, lags: number[]) {
  const r = stats(lags);
  console.log(`${name.padEnd(12)} n=${r.n}  min ${r.min} ms  median ${r.median} ms  p95 ${r.p95} ms  max ${r.max} ms`);
}

async function main() {
  const engine = await EngineClient.connect(endpointFromEnv());
  const service = uniqueName("bench");
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    server = startServer();
    await until("the server to be live", async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.ok, 120_000);
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-gpu", "--disable-background-networking"] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(BASE);
    await page.getByTestId("connection").and(page.locator('[data-state="live"]')).waitFor();
    await instrument(page);

    await docker("service", "create", "--detach", "--no-resolve-image", "--name", service, "--replicas", "1", "--stop-grace-period", "1s", LAB_IMAGE, "sleep", "86400");
    const svcId = (await docker("service", "inspect", "--format", "{{.ID}}", service)).trim();
    const runningIds = async () => new Set((await engine.tasks()).filter((t) => t.ServiceID === svcId && t.Status.State === "running").map((t) => t.ID));
    await until("the first task", async () => (await runningIds()).size === 1);
    await sleep(1500);

    const up: number[] = [];
    for (let i = 1; i <= TRIALS; i++) {
      const before = await runningIds();
      await pageEvents(page);
      await docker("service", "scale", "--detach", `${service}=${i + 1}`);
      const [id, tEngine] = await until("a new running task", async () => {
        const now = await runningIds();
        const fresh = [...now].find((x) => !before.has(x));
        return fresh ? ([fresh, Date.now()] as const) : null;
      });
      const tPage = await waitPage(page, `card ${id} running`, (e) => e.kind === "task" && e.id === id && e.value === "running");
      up.push(tPage - tEngine);
    }

    const down: number[] = [];
    for (let i = TRIALS; i >= 1; i--) {
      const before = await runningIds();
      await pageEvents(page);
      await docker("service", "scale", "--detach", `${service}=${i}`);
      const [id, tEngine] = await until("a task to stop", async () => {
        const stopped = (await engine.tasks()).find((t) => before.has(t.ID) && t.Status.State !== "running");
        return stopped ? ([stopped.ID, Date.now()] as const) : null;
      });
      const tPage = await waitPage(page, `card ${id} leaving`, (e) => e.id === id && (e.kind === "gone" || (e.kind === "task" && e.value !== "running")));
      down.push(tPage - tEngine);
    }

    const drain: number[] = [];
    const worker = (await engine.nodes()).find((n) => n.Description?.Hostname === "worker2")!;
    for (let i = 0; i < TRIALS; i++) {
      for (const availability of ["drain", "active"] as const) {
        await pageEvents(page);
        await docker("node", "update", "--availability", availability, "worker2");
        const tEngine = await until(`worker2 ${availability}`, async () => ((await engine.node(worker.ID))?.Spec.Availability === availability ? Date.now() : null));
        const tPage = await waitPage(page, `column ${availability}`, (e) => e.kind === "availability" && e.id === "worker2" && e.value === availability);
        if (availability === "drain") drain.push(tPage - tEngine);
        await sleep(300);
      }
    }

    console.log(`\nLag from the engine reporting a change (polled every ${ENGINE_POLL_MS} ms) to the page showing it:`);
    report("scale up", up);
    report("scale down", down);
    report("drain", drain);
    report("all", [...up, ...down, ...drain]);

    // Steady state: let everything settle, then count Engine API requests over a window, with 1 and with 10 viewers.
    await docker("service", "rm", service);
    await sleep(8000);
    const services = (await engine.services()).map((x) => x.Spec.Name);
    if (services.length) console.log(`(other services on the swarm during the window: ${services.join(", ")})`);
    const rate = async () => {
      const a = await engineRequests();
      await sleep(WINDOW_S * 1000);
      return ((await engineRequests()) - a) / WINDOW_S;
    };
    const one = await rate();
    const extra: Page[] = [];
    for (let i = 0; i < 9; i++) {
      const p = await browser.newPage();
      await p.goto(BASE);
      extra.push(p);
    }
    await sleep(2000);
    const ten = await rate();
    console.log(`\nEngine API requests per second at steady state (${WINDOW_S} s window): 1 browser ${one.toFixed(2)}/s, 10 browsers ${ten.toFixed(2)}/s`);
  } finally {
    await docker("service", "rm", service).catch(() => undefined);
    await docker("node", "update", "--availability", "active", "worker2").catch(() => undefined);
    await browser?.close();
    server?.kill("SIGTERM");
  }
}

main().catch((err) => {
  console.error(`bench:lag failed: ${(err as Error).message}`);
  process.exit(1);
});
