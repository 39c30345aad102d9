// Unit: keyframes + deltas rebuild exactly the model at every version and every moment, across batch boundaries and a restart (a simulated swarm's run).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClusterState } from "../../lib/model-types";
import { demoSwarm } from "../engine/simulated/demo-layout";
import { SeededRandom } from "../engine/simulated/random";
import { connectingLink } from "../engine/watcher";
import { Hub } from "../hub/hub";
import { History } from "./history";
import { feed, liveLink, operate } from "./history-test-helpers";

let dir: string;
const T0 = Date.parse("2026-06-01T10:00:00.000Z");

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "history-"));
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** One run of Swarmscope over the swarm: a hub, the history attached, `steps` seconds of swarm life with operator steps. */
function run(sim: ReturnType<typeof demoSwarm>, seed: number, steps: number, expected: Map<number, ClusterState>, moments: Map<number, ClusterState>) {
  const hub = new Hub(connectingLink("sim"));
  const history = new History({ dataDir: dir, flushMs: 1e9 });
  history.attach(hub);
  const seqBase = expected.size;
  hub.subscribe((d, state) => expected.set(seqBase + d.version, state));
  const rnd = new SeededRandom(seed);
  const reads = { n: 0 };
  hub.apply({ type: "engine", link: liveLink("sim", new Date().toISOString()) });
  for (let i = 0; i < steps; i++) {
    if (i % 7 === 3) operate(sim, rnd, ["shop_web", "shop_api", "flaky"]);
    sim.advance(1000);
    vi.setSystemTime(Date.now() + 1000);
    feed(hub, sim, reads);
    moments.set(Date.now(), hub.snapshot().state);
    if (rnd.next() < 0.3) history.writer.flush(); // batch boundaries anywhere
  }
  return { hub, history };
}

describe("history rebuild", () => {
  it("keyframe + deltas equal the model at every version and every moment, also after a restart", () => {
    const sim = demoSwarm({ seed: 3 });
    const expected = new Map<number, ClusterState>();
    const moments = new Map<number, ClusterState>();
    const first = run(sim, 11, 240, expected, moments);
    const firstRun = expected.size;
    expect(firstRun).toBeGreaterThan(150); // the swarm really moved
    expect(first.history.writer.written.keyframes).toBeGreaterThan(3); // several keyframes, so rebuilds start from different ones
    const closedAt = Date.now();
    first.history.close();

    // Down for five minutes, while the swarm lives on.
    sim.advance(300_000);
    vi.setSystemTime(closedAt + 300_000);
    const second = run(sim, 12, 60, expected, moments);
    const { history } = second;

    for (const [seq, state] of expected) expect({ seq, state: history.atSeq(seq)?.state }).toEqual({ seq, state });
    for (const [at, state] of moments) {
      const m = history.moment(at);
      expect({ at, kind: m.kind }).toEqual({ at, kind: "state" });
      if (m.kind === "state") expect(m.rebuilt.state).toEqual(state);
    }
    // The downtime is a gap, never the last state carried on.
    const during = history.moment(closedAt + 150_000);
    expect(during).toEqual({ kind: "gap", from: closedAt, to: closedAt + 300_000 });
    const gap = history.timeline({ from: null, to: null, kinds: ["gap"], objects: [], limit: 10, before: null, withParams: false });
    expect(gap.entries).toHaveLength(1);
    expect(gap.entries[0]).toMatchObject({ at: new Date(closedAt).toISOString(), until: new Date(closedAt + 300_000).toISOString(), kind: "gap" });
    expect(history.moment(T0 - 1)).toEqual({ kind: "before", oldest: T0 });
    history.close();
  });
});
