// bench:history — the history's write cost at 1,000 changes/s (event-loop time per second and per turn, rows/s, keyframes per minute, database growth per hour by table) and the time to rebuild a moment.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyChanges } from "../lib/apply-changes";
import type { Change, ClusterState, TaskView } from "../lib/model-types";
import { demoSwarm } from "../server/engine/simulated/demo-layout";
import { SeededRandom } from "../server/engine/simulated/random";
import { connectingLink } from "../server/engine/watcher";
import { History } from "../server/history/history";
import { feed, liveLink } from "../server/history/history-test-helpers";
import { usedBytes } from "../server/history/schema";
import { FLUSH_SLICE_MS, type HistoryWriter } from "../server/history/writer";
import { Hub } from "../server/hub/hub";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CHANGES_PER_SECOND = 1000;
const T0 = Date.parse("2026-06-01T10:00:00.000Z");

/** A settled model of the given size, read the way the watcher reads it. */
function model(nodes: number, tasks: number): ClusterState {
  const sim = demoSwarm({ seed: 1, nodes, tasks, life: false });
  const hub = new Hub(connectingLink("bench"));
  hub.apply({ type: "engine", link: liveLink("bench", new Date(T0).toISOString()) });
  feed(hub, sim, { n: 0 });
  return hub.snapshot().state;
}

const STATES = ["running", "starting"] as const;

/** One change to a task as a poll would see it: a new version, state flips between running and starting, a new timestamp. */
function changed(t: TaskView, at: string, rnd: SeededRandom): TaskView {
  const state = rnd.next() < 0.5 ? STATES[(STATES.indexOf(t.state as (typeof STATES)[number]) + 1) % 2] : t.state;
  return { ...t, version: t.version + 1, state, stateSince: state === t.state ? t.stateSince : at, updatedAt: at };
}

/** One timer flush as the server runs it: slices of FLUSH_SLICE_MS, each its own turn of the event loop; their times. */
function flushTurns(writer: HistoryWriter): number[] {
  const turns: number[] = [];
  for (;;) {
    const t = performance.now();
    const done = writer.flush(FLUSH_SLICE_MS);
    turns.push(performance.now() - t);
    if (done) return turns;
  }
}

/** MB per hour of the tables that grew, by what they hold. */
function growthByTable(db: History["db"]): string {
  const rows = db.prepare("SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name").all() as { name: string; bytes: number }[];
  const part = (name: string) => (name.startsWith("deltas") ? "deltas" : name.startsWith("keyframes") ? "keyframes" : name.startsWith("task_states") ? "task path" : "other");
  const by = new Map<string, number>();
  for (const r of rows) by.set(part(r.name), (by.get(part(r.name)) ?? 0) + r.bytes);
  return ["deltas", "keyframes", "task path", "other"].map((k) => `${k} ${((((by.get(k) ?? 0) / SECONDS) * 3600) / 2 ** 20).toFixed(0)}`).join(", ");
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

function run(label: string, base: ClusterState, deltasPerSecond: number): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-history-"));
  let now = T0;
  const history = new History({ dataDir: dir, now: () => now, flushMs: 1e9, maxMb: 100_000 });
  history.writer.startKeyframe(base, 0);
  const rnd = new SeededRandom(7);
  const ids = Object.keys(base.tasks);
  let state = base;
  let version = 0;
  let liveMs = 0;
  const flushes: number[] = [];
  const turns: number[] = [];
  const perDelta = CHANGES_PER_SECOND / deltasPerSecond;
  const stepMs = 1000 / deltasPerSecond;
  let nextFlush = T0 + 250;
  for (let i = 0; i < SECONDS * deltasPerSecond; i++) {
    now = T0 + Math.round(i * stepMs);
    const at = new Date(now).toISOString();
    const changes: Change[] = [];
    for (let k = 0; k < perDelta; k++) {
      const id = ids[Math.floor(rnd.next() * ids.length)];
      changes.push({ kind: "tasks", op: "upsert", id, value: changed(state.tasks[id], at, rnd) });
    }
    state = applyChanges(state, changes);
    const t0 = performance.now();
    history.writer.delta({ version: ++version, at, changes }, state); // what the hub's listener costs the live path
    liveMs += performance.now() - t0;
    if (now >= nextFlush) {
      const f = flushTurns(history.writer);
      flushes.push(f.reduce((a, b) => a + b, 0));
      turns.push(...f);
      nextFlush += 250;
    }
  }
  now = T0 + SECONDS * 1000;
  const f = flushTurns(history.writer);
  flushes.push(f.reduce((a, b) => a + b, 0));
  turns.push(...f);
  const w = history.writer.written;
  const rows = w.deltas + w.keyframes + w.entries + w.taskStates + w.serviceChanges;
  const bytes = usedBytes(history.db);
  const loopMs = (liveMs + flushes.reduce((a, b) => a + b, 0)) / SECONDS;
  const rebuilds: number[] = [];
  for (let k = 0; k < 30; k++) {
    const at = T0 + 1000 + Math.floor(rnd.next() * (SECONDS - 1) * 1000);
    const t2 = performance.now();
    history.moment(at);
    rebuilds.push(performance.now() - t2);
  }
  const mbPerHour = ((bytes / SECONDS) * 3600) / 2 ** 20;
  console.log(
    `${label}\n  event loop ${loopMs.toFixed(1)} ms/s (queueing ${(liveMs / SECONDS).toFixed(2)} ms/s; a flush: median ${pct(flushes, 0.5).toFixed(1)} ms, max ${Math.max(...flushes).toFixed(1)} ms, ` +
      `in turns of median ${pct(turns, 0.5).toFixed(1)} ms, p99 ${pct(turns, 0.99).toFixed(1)} ms, max ${Math.max(...turns).toFixed(1)} ms)\n` +
      `  rows ${Math.round(rows / SECONDS)}/s (${w.chunks} chunks, ${w.keyframes} keyframes = ${((w.keyframes * 60) / SECONDS).toFixed(1)}/min)  ` +
      `growth ${mbPerHour.toFixed(0)} MB/hour (${growthByTable(history.db)}): 500 MB hold ${(500 / mbPerHour).toFixed(1)} h\n` +
      `  rebuild a moment: median ${pct(rebuilds, 0.5).toFixed(1)} ms, max ${Math.max(...rebuilds).toFixed(1)} ms`,
  );
  history.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

console.log(`\nbench:history — ${CHANGES_PER_SECOND} task changes/s for ${SECONDS} s (simulated time) on Node ${process.version}\n`);
for (const [nodes, tasks] of [
  [5, 0],
  [100, 3000],
]) {
  const base = model(nodes, tasks);
  const size = `${Object.keys(base.nodes).length} nodes / ${Object.keys(base.tasks).length} tasks`;
  run(`${size}, 10 deltas/s × 100`, base, 10);
  run(`${size}, 1000 deltas/s × 1`, base, 1000);
}
