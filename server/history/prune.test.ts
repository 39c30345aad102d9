// Unit: the history stays under its size limit by dropping the oldest keyframe and what only it needed; every moment still kept rebuilds exactly.
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
import { usedBytes } from "./schema";

let dir: string;
const T0 = Date.parse("2026-06-01T10:00:00.000Z");

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "history-prune-"));
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("history pruning", () => {
  it("keeps the file under SWARMSCOPE_HISTORY_MAX_MB, oldest first, and every kept moment still rebuilds", { timeout: 20_000 }, () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const sim = demoSwarm({ seed: 5, nodes: 8, tasks: 160 });
    const hub = new Hub(connectingLink("sim"));
    const history = new History({ dataDir: dir, maxMb: 1, flushMs: 1e9 });
    history.attach(hub);
    const byVersion = new Map<number, ClusterState>();
    const moments = new Map<number, ClusterState>();
    hub.subscribe((d, state) => byVersion.set(d.version, state));
    hub.apply({ type: "engine", link: liveLink("sim", new Date().toISOString()) });
    const rnd = new SeededRandom(9);
    const reads = { n: 0 };
    let maxUsed = 0;
    // 800 s: long enough to pass 1 MB now that deltas are compressed chunks and task paths keep names once (400 s were before).
    for (let i = 0; i < 800; i++) {
      operate(sim, rnd, ["shop_web", "shop_api", "flaky", "load0_svc0"]);
      sim.advance(1000);
      vi.setSystemTime(Date.now() + 1000);
      feed(hub, sim, reads);
      moments.set(Date.now(), hub.snapshot().state);
      if (i % 5 === 0) history.writer.flush();
      maxUsed = Math.max(maxUsed, usedBytes(history.db));
    }
    history.writer.flush();
    expect(maxUsed).toBeLessThanOrEqual(1024 * 1024);
    const oldest = history.oldest()!;
    expect(oldest).toBeGreaterThan(T0 + 60_000); // something was pruned
    // The size limit won over the 24 hours: said so, once.
    expect(warn.mock.calls.filter((c) => String(c[0]).includes("less than 24 hours"))).toHaveLength(1);
    let kept = 0;
    for (const [at, state] of moments) {
      const m = history.moment(at);
      if (at < oldest) expect(m.kind).toBe("before");
      else {
        kept++;
        expect(m.kind === "state" && m.rebuilt.state).toEqual(state);
      }
    }
    expect(kept).toBeGreaterThan(20);
    const firstKept = (history.db.prepare("SELECT MIN(seq) AS s FROM keyframes").get() as { s: number }).s;
    for (const [version, state] of byVersion) if (version > firstKept) expect(history.atSeq(version)?.state).toEqual(state);
    // Deltas, entries, task paths and service changes before the oldest keyframe went with it (task paths keep the engine's times: by number).
    const count = (sql: string, arg: number) => (history.db.prepare(sql).get(arg) as { n: number }).n;
    expect([
      count("SELECT COUNT(*) AS n FROM entries WHERE at < ?", oldest),
      count("SELECT COUNT(*) AS n FROM deltas WHERE seq <= ?", firstKept),
      count("SELECT COUNT(*) AS n FROM task_states WHERE seq <= ?", firstKept),
      count("SELECT COUNT(*) AS n FROM service_changes WHERE seq <= ?", firstKept),
    ]).toEqual([0, 0, 0, 0]);
    expect(count("SELECT COUNT(*) AS n FROM task_states WHERE seq > ?", firstKept)).toBeGreaterThan(0);
    history.close();
  });
});
