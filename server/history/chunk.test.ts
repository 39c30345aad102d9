// Unit: delta chunks round-trip; a torn or garbled chunk decodes to null, and a rebuild skips it with a logged count instead of crashing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ClusterState, TaskView } from "../../lib/model-types";
import { decodeChunk, encodeChunk, pack, type ChunkDelta } from "./chunk";
import { History } from "./history";
import { steadyModel } from "./history-test-helpers";
import { garbled } from "./rebuild";

const deltas: ChunkDelta[] = [
  { version: 7, at: 1_780_000_000_000, changes: [{ kind: "tasks", op: "patch", id: "t1", set: { state: "failed", error: "exit 1 — ✗" }, unset: ["message"] }] },
  {
    version: 8,
    at: 1_780_000_000_250,
    changes: [
      { kind: "tasks", op: "remove", id: "t1" },
      { kind: "swarm", op: "upsert", value: null },
    ],
  },
  { version: 9, at: 1_780_000_000_500, changes: [] },
];

let dir: string | null = null;
afterEach(() => {
  vi.restoreAllMocks();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe("delta chunks", () => {
  it("round-trip, and are smaller than their JSON", () => {
    const block = encodeChunk(deltas);
    expect(decodeChunk(block)).toEqual(deltas);
    const many = Array.from({ length: 250 }, (_, i) => ({ ...deltas[0], version: i, at: deltas[0].at + i }));
    expect(encodeChunk(many).length * 10).toBeLessThan(JSON.stringify(many).length);
  });

  it("a torn, garbled or foreign block decodes to null", () => {
    const block = encodeChunk(deltas);
    expect(decodeChunk(block.subarray(0, Math.floor(block.length / 2)))).toBeNull();
    const flipped = Buffer.from(block);
    flipped[Math.floor(flipped.length / 2)] ^= 0xff;
    expect(decodeChunk(flipped)).toBeNull();
    expect(decodeChunk(Buffer.from("not brotli at all"))).toBeNull();
    expect(decodeChunk(pack("{not json\n[1,2]"))).toBeNull();
    expect(decodeChunk(pack('["v", 1, []]'))).toBeNull();
  });

  it("a rebuild skips a garbled chunk with a logged count, and a run's first keyframe that does not decode gives no moment rather than a made-up one", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "history-chunk-"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    let now = Date.parse("2026-06-01T10:00:00.000Z");
    const history = new History({ dataDir: dir, now: () => now, flushMs: 1e9 });
    const model = steadyModel;
    history.writer.startKeyframe(model(0), 0);
    history.writer.flush();
    const states: ClusterState[] = [];
    for (let v = 1; v <= 3; v++) {
      now += 1000;
      const state = model(v);
      history.writer.delta(
        { version: v, at: new Date(now).toISOString(), changes: [{ kind: "tasks", op: "upsert", id: `t${v - 1}`, value: state.tasks[`t${v - 1}`] as TaskView }] },
        state,
      );
      history.writer.flush(); // one chunk each
      states.push(state);
    }
    expect([history.writer.written.chunks, history.writer.written.keyframes, history.writer.lost]).toEqual([3, 1, 0]);
    expect(history.atSeq(3)?.state).toEqual(states[2]);
    const before = garbled.chunks;
    history.db.prepare("UPDATE deltas SET data = substr(data, 1, 3) WHERE seq = 2").run();
    const rebuilt = history.atSeq(3);
    const { t1, ...others } = states[2].tasks;
    expect(t1).toBeDefined();
    expect(rebuilt?.state.tasks).toEqual(others); // delta 2 is missing, nothing else
    expect(garbled.chunks).toBe(before + 1);
    expect(warn.mock.calls.some((c) => /delta chunk .* does not decode .*skipped \(\d+ chunks/.test(String(c[0])))).toBe(true);
    // A run's first keyframe that does not decode: the moment is not made up from an earlier run.
    history.db.prepare("UPDATE keyframes SET state = x'00ff'").run();
    expect(history.atSeq(3)).toBeNull();
    expect(garbled.keyframes).toBeGreaterThan(0);
    history.close();
  });
});
