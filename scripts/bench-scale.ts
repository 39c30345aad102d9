// bench:scale — how the data path (model reducer, hub, socket.io fan-out) scales with swarm size and viewers, on the simulated engine; no Docker or lab needed.
// Usage: npm run bench:scale [-- --sizes 100x3000,1000x30000 --rounds 20 --viewers 1,50,200]
import { type ChildProcess, fork } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { EngineTask } from "../lib/engine-types";
import type { Change, Delta } from "../lib/model-types";
import { Security } from "../server/auth/security";
import type { EngineClient } from "../server/engine/client";
import { NodeEngines } from "../server/engine/node-engines";
import { SimulatedEngine } from "../server/engine/simulated/engine";
import { SimulatedSwarm } from "../server/engine/simulated/swarm";
import { Managers } from "../server/engine/managers";
import { connectingLink, Watcher, type WatcherSink } from "../server/engine/watcher";
import { Hub } from "../server/hub/hub";
import { attachSocket } from "../server/hub/socket";
import type { ModelInput } from "../server/model/model";
import type { Runtime } from "../server/runtime";
import type { ViewersCommand, ViewersReport } from "./bench-scale-viewers";
import { hostRule } from "../server/auth/host-check";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = arg("sizes", "100x3000,1000x30000")
  .split(",")
  .map((s) => s.split("x").map(Number))
  .map(([nodes, tasks]) => ({ nodes, tasks }));
const ROUNDS = Number(arg("rounds", "20"));
const VIEWERS = arg("viewers", "1,50,200").split(",").map(Number);
/** The watcher's fast poll interval: the budget of one round while the swarm converges. */
const FAST_POLL_MS = 100;
const LABEL = "simulated://bench";

const gc = (globalThis as { gc?: () => void }).gc;
/** Heap in use once pending callbacks have run and (with --expose-gc) garbage is collected. */
const heapUsed = async () => {
  await new Promise((resolve) => setImmediate(resolve));
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

// ── small statistics and formatting ──

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x: number) => (x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x).toLocaleString("en")} ms`);
const bytes = (b: number) => (b < 1e6 ? `${(b / 1e3).toFixed(1)} kB` : `${(b / 1e6).toFixed(1)} MB`);
const spread = (xs: number[]) => `${ms(median(xs))} / ${ms(p95(xs))}`;
const jsonBytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

// ── the swarm under test ──

/** tasks/100 replicated services sharing the tasks out evenly, settled to running. */
function buildSwarm(size: { nodes: number; tasks: number }): SimulatedSwarm {
  const count = Math.max(1, Math.round(size.tasks / 100));
  const services = Array.from({ length: count }, (_, i) => ({
    name: `svc${i + 1}`,
    replicas: Math.floor(size.tasks / count) + (i < size.tasks % count ? 1 : 0),
  }));
  return new SimulatedSwarm({ seed: 1, nodes: size.nodes, services });
}

/** The hub as the watcher's sink, adding up the time spent in the model (reduce + journal + listeners). */
class TimedSink implements WatcherSink {
  spent = 0;
  constructor(readonly hub: Hub) {}
  apply(input: ModelInput): Change[] {
    const [changes, t] = timed(() => this.hub.apply(input));
    this.spent += t;
    return changes;
  }
  converging() {
    return this.hub.converging();
  }
}

/** The real Watcher's first full sync into a fresh hub, read from the simulated engine in process. */
async function fullSync(engine: SimulatedEngine): Promise<{ hub: Hub; wallMs: number; modelMs: number }> {
  const hub = new Hub(connectingLink(LABEL));
  const sink = new TimedSink(hub);
  const never = 3_600_000;
  const watcher = new Watcher(async () => engine, sink, LABEL, { fastMs: never, slowMs: never, resyncMs: never, settleMs: 0 });
  const live = new Promise<void>((resolve) => hub.subscribe((d) => d.changes.some((c) => c.kind === "engine" && c.value.state === "live") && resolve()));
  const t0 = performance.now();
  watcher.start();
  await live;
  const wallMs = performance.now() - t0;
  await watcher.stop();
  return { hub, wallMs, modelMs: sink.spent };
}

/** The next Version.Index for a changed task, and the next read's seq (the model drops reads older than what it has). */
interface Counters {
  index: number;
  seq: number;
}

/**
 * Every `1/fraction`-th task (a different set each round) in its next version: state starting ↔ running with a
 * new Status.Timestamp, what a poll sees while that many tasks start. Changes `tasks` in place; returns how many.
 */
function changeTasks(tasks: EngineTask[], round: number, fraction: number, next: Counters): number {
  const every = Math.round(1 / fraction);
  const at = new Date(Date.parse("2026-01-02T00:00:00Z") + round * FAST_POLL_MS).toISOString();
  let n = 0;
  for (let i = round % every; i < tasks.length; i += every) {
    const t = tasks[i];
    const state = t.Status.State === "running" ? "starting" : "running";
    tasks[i] = {
      ...t,
      Version: { Index: next.index++ },
      UpdatedAt: at,
      Status: { ...t.Status, State: state, Message: state === "running" ? "started" : "starting", Timestamp: at },
    };
    n++;
  }
  return n;
}

// ── fan-out: the real socket.io attachment on 127.0.0.1, viewers in a child process ──

class Viewers {
  private readonly child: ChildProcess;
  private waiting: ((r: ViewersReport) => boolean)[] = [];

  constructor() {
    this.child = fork(path.join(process.cwd(), "scripts", "bench-scale-viewers.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.child.on("message", (r: ViewersReport) => {
      const i = this.waiting.findIndex((accept) => accept(r));
      if (i >= 0) this.waiting.splice(i, 1);
    });
  }

  private ask<T extends ViewersReport>(command: ViewersCommand | null, accept: (r: ViewersReport) => r is T): Promise<T> {
    const answer = new Promise<T>((resolve) => this.waiting.push((r) => accept(r) && (resolve(r), true)));
    if (command) this.child.send(command);
    return answer;
  }

  connect(url: string, total: number) {
    return this.ask({ type: "connect", url, total, batch: 10 }, (r): r is Extract<ViewersReport, { type: "connected" }> => r.type === "connected");
  }
  delivered(version: number) {
    return this.ask(null, (r): r is Extract<ViewersReport, { type: "delivered" }> => r.type === "delivered" && r.version === version);
  }
  probe(url: string) {
    return this.ask({ type: "probe", url }, (r): r is Extract<ViewersReport, { type: "probed" }> => r.type === "probed");
  }
  async close() {
    await this.ask({ type: "close" }, (r): r is Extract<ViewersReport, { type: "closed" }> => r.type === "closed");
    this.child.kill();
  }
}

interface FanOut {
  viewers: number;
  connectMsPerViewer: number;
  applyToLast: number[];
  emitToLast: number[];
  /** The synchronous part of the socket's emit (encode once, queue a frame per viewer). */
  emitSync: number[];
}

async function fanOut(hub: Hub, engine: SimulatedEngine, tasks: EngineTask[], next: Counters) {
  const server = http.createServer();
  let emittedAt = 0;
  hub.subscribe(() => (emittedAt = performance.now())); // before the socket's own subscription: called right before it emits
  const endpoint = { kind: "unix", socketPath: "/nonexistent", label: LABEL } as const;
  const runtime: Runtime = {
    endpoint,
    managers: new Managers<EngineClient>([endpoint], () => Promise.reject(new Error("no engine in the benchmark"))),
    hub,
    watcher: new Watcher(async () => engine, hub, LABEL),
    engine: () => Promise.reject(new Error("no engine writes in the benchmark")) as Promise<EngineClient>,
    bindPaths: [],
    nodeEngines: new NodeEngines(new Map()),
  };
  const io = attachSocket(server, runtime, new Security(null, null), hostRule({ listenHost: "127.0.0.1" })); // no users: local mode, every viewer gets the full model
  // The server's own work for one snapshot (the socket's emit: encode, queue the frame), around its snapshot:request handler.
  const snapshotSends: number[] = [];
  io.on("connection", (socket) => {
    let t0 = 0;
    socket.prependListener("snapshot:request", () => (t0 = performance.now()));
    socket.on("snapshot:request", () => snapshotSends.push(performance.now() - t0));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const viewers = new Viewers();
  const heapBefore = await heapUsed();
  const results: FanOut[] = [];
  let connected = 0;
  let round = 1000;
  for (const count of VIEWERS) {
    const { ms: connectMs } = await viewers.connect(url, count);
    const result: FanOut = { viewers: count, connectMsPerViewer: connectMs / (count - connected), applyToLast: [], emitToLast: [], emitSync: [] };
    connected = count;
    for (let r = 0; r < ROUNDS; r++) {
      changeTasks(tasks, round++, 0.01, next);
      const version = hub.snapshot().version + 1;
      const got = viewers.delivered(version);
      const t0 = performance.now();
      hub.apply({ type: "list", kind: "tasks", seq: next.seq++, items: tasks });
      const t1 = performance.now();
      await got;
      const t2 = performance.now();
      result.applyToLast.push(t2 - t0);
      result.emitToLast.push(t2 - emittedAt);
      result.emitSync.push(t1 - emittedAt);
    }
    results.push(result);
  }
  const heapPerViewer = ((await heapUsed()) - heapBefore) / connected;
  const probes = [];
  for (let i = 0; i < 3; i++) probes.push(await viewers.probe(url));
  await viewers.close();
  io.close();
  await new Promise((resolve) => server.close(resolve));
  return { results, probes, heapPerViewer, snapshotSend: median(snapshotSends) };
}

// ── one size ──

async function measure(size: { nodes: number; tasks: number }) {
  const base = await heapUsed();
  const swarm = buildSwarm(size);
  const engine = new SimulatedEngine(swarm);
  const simHeap = (await heapUsed()) - base;

  // (a) full sync: three timed ones reading in process, then the one kept, its answers JSON-parsed as from HTTP (so the model holds its own strings, as in the server)
  const syncWall: number[] = [];
  const syncModel: number[] = [];
  for (let i = 0; i < 3; i++) {
    const sync = await fullSync(engine);
    syncWall.push(sync.wallMs);
    syncModel.push(sync.modelMs);
  }
  const wired = new SimulatedEngine(swarm, { wire: true });
  const { hub } = await fullSync(wired);
  // A model's heap: what one more such hub adds (a difference of two states both warmed up, unlike "before/after the first").
  const withOne = await heapUsed();
  const another = [(await fullSync(wired)).hub];
  const modelHeap = (await heapUsed()) - withOne;
  another.length = 0;
  const snapshot = hub.snapshot();
  const stringify = [0, 1, 2].map(() => timed(() => JSON.stringify(snapshot))[1]);
  const snapshotBytes = jsonBytes(snapshot);
  const tasksCount = Object.keys(snapshot.state.tasks).length;

  // (b) fast-poll rounds as Watcher.round applies them: the services list, then the tasks list; plus the converging check
  const tasks = swarm.tasks().slice();
  const services = swarm.services();
  const next: Counters = { index: Math.max(...tasks.map((t) => t.Version.Index)) + 1, seq: 1000 };
  const last = { delta: null as Delta | null }; // set by the hub, synchronously, inside apply()
  hub.subscribe((d) => (last.delta = d));
  const quiet = { round: [] as number[], tasks: [] as number[], converging: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    const [, s] = timed(() => hub.apply({ type: "list", kind: "services", seq: next.seq++, items: services }));
    const [changes, t] = timed(() => hub.apply({ type: "list", kind: "tasks", seq: next.seq++, items: tasks }));
    if (changes.length > 0) throw new Error("a quiet round changed the model");
    const [, c] = timed(() => hub.converging());
    quiet.round.push(s + t + c);
    quiet.tasks.push(t);
    quiet.converging.push(c);
  }
  const busy = { round: [] as number[], deltaBytes: [] as number[], changed: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    busy.changed = changeTasks(tasks, r, 0.01, next);
    last.delta = null;
    const [, s] = timed(() => hub.apply({ type: "list", kind: "services", seq: next.seq++, items: services }));
    const [, t] = timed(() => hub.apply({ type: "list", kind: "tasks", seq: next.seq++, items: tasks }));
    const [, c] = timed(() => hub.converging());
    busy.round.push(s + t + c);
    busy.deltaBytes.push(last.delta ? jsonBytes(last.delta) : 0);
  }
  // What parsing GET /tasks costs the real client (dockerode JSON.parse of the body), at the simulated objects' size.
  const wire = JSON.stringify(swarm.tasks());
  const parse = [0, 1, 2].map(() => timed(() => JSON.parse(wire))[1]);

  // (d) fan-out
  const fan = await fanOut(hub, engine, tasks, next);
  return {
    size,
    tasksCount,
    servicesCount: services.length,
    fullSyncWall: median(syncWall),
    fullSyncModel: median(syncModel),
    snapshotBytes,
    stringify: median(stringify),
    quiet,
    busy,
    wireBytes: Buffer.byteLength(wire),
    parse: median(parse),
    simHeap,
    modelHeap,
    heapTotal: await heapUsed(),
    fan,
  };
}

// ── the table ──

type Result = Awaited<ReturnType<typeof measure>>;

function table(results: Result[]): string {
  const rows: [string, (r: Result) => string][] = [
    ["swarm", (r) => `${r.size.nodes.toLocaleString("en")} nodes, ${r.servicesCount} services, ${r.tasksCount.toLocaleString("en")} tasks`],
    ["(a) full sync: model apply (all lists)", (r) => ms(r.fullSyncModel)],
    ["(a) full sync: watcher start → live (in-process reads)", (r) => ms(r.fullSyncWall)],
    ["(a) snapshot JSON: size / stringify", (r) => `${bytes(r.snapshotBytes)} / ${ms(r.stringify)}`],
    [`(b) fast-poll round, nothing changed (median / p95; budget ${FAST_POLL_MS} ms)`, (r) => spread(r.quiet.round)],
    ["(b) … of which the tasks list diff", (r) => spread(r.quiet.tasks)],
    ["(b) … of which converging()", (r) => spread(r.quiet.converging)],
    ["(b) fast-poll round, 1% of tasks changed (median / p95)", (r) => spread(r.busy.round)],
    ["(b) delta for 1% of tasks: changes / JSON size", (r) => `${r.busy.changed} / ${bytes(median(r.busy.deltaBytes))}`],
    ["(b) not in the above: parsing GET /tasks (simulated objects)", (r) => `${ms(r.parse)} for ${bytes(r.wireBytes)}`],
    [
      `(c) heap: model (hub) after full sync / simulated swarm / total used${gc ? "" : " (no --expose-gc: rough)"}`,
      (r) => `${bytes(r.modelHeap)} / ${bytes(r.simHeap)} / ${bytes(r.heapTotal)}`,
    ],
    ["(c) server heap per connected viewer", (r) => bytes(r.fan.heapPerViewer)],
    ...VIEWERS.map((v, i): [string, (r: Result) => string] => [
      `(d) ${v} viewer${v === 1 ? "" : "s"}: hub.apply(1% change) → last viewer has the delta (median / p95)`,
      (r) => spread(r.fan.results[i].applyToLast),
    ]),
    ...VIEWERS.map((v, i): [string, (r: Result) => string] => [
      `(d) ${v} viewer${v === 1 ? "" : "s"}: … of which socket emit → last viewer / the emit's synchronous part`,
      (r) => `${spread(r.fan.results[i].emitToLast)} / ${ms(median(r.fan.results[i].emitSync))}`,
    ]),
    ["(d) viewers connecting, each until its snapshot (per viewer, batches of 10)", (r) => ms(median(r.fan.results.map((f) => f.connectMsPerViewer)))],
    ["(d) a new viewer: connect → snapshot (median of 3)", (r) => ms(median(r.fan.probes.map((p) => p.connectMs)))],
    ["(d) … snapshot:request → snapshot received / the server's part (encode, queue)", (r) => `${ms(median(r.fan.probes.map((p) => p.requestMs)))} / ${ms(r.fan.snapshotSend)}`],
  ];
  const head = `| | ${results.map((r) => `${r.size.nodes.toLocaleString("en")} nodes / ${r.size.tasks.toLocaleString("en")} tasks`).join(" | ")} |`;
  const rule = `| --- | ${results.map(() => "---").join(" | ")} |`;
  return [head, rule, ...rows.map(([label, cell]) => `| ${label} | ${results.map(cell).join(" | ")} |`)].join("\n");
}

async function main() {
  const t0 = performance.now();
  if (!gc) console.log("(run with node --expose-gc for clean heap figures: npm run bench:scale does)");
  const results: Result[] = [];
  for (const size of SIZES) {
    console.log(`measuring ${size.nodes} nodes / ${size.tasks} tasks …`);
    results.push(await measure(size));
  }
  console.log(`\nbench:scale — simulated engine, ${ROUNDS} rounds per figure, Node ${process.version}, ${(await import("node:os")).cpus().length} cores\n`);
  console.log(table(results));
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
