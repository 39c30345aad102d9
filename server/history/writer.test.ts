// Unit: the timer's flush is sliced (a budget of 0 writes one queued item per turn, in order, the rest on the next turns); a reader's flush writes everything.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TaskView } from "../../lib/model-types";
import { History } from "./history";
import { steadyModel } from "./history-test-helpers";
import { objectsOf } from "./entry-objects";

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

const model = steadyModel;

describe("history writer", () => {
  it("a sliced flush writes one item per turn with no budget left, in order, until the queue is empty", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "history-writer-"));
    let now = Date.parse("2026-06-01T10:00:00.000Z");
    const history = new History({ dataDir: dir, now: () => now, flushMs: 1e9 });
    const w = history.writer;
    w.startKeyframe(model(0), 0);
    for (let v = 1; v <= 4; v++) {
      now += 100;
      const state = model(v);
      w.delta({ version: v, at: new Date(now).toISOString(), changes: [{ kind: "tasks", op: "upsert", id: `t${v - 1}`, value: state.tasks[`t${v - 1}`] as TaskView }] }, state);
    }
    w.entry({ at: now, until: null, kind: "engine-event", sentence: "service update web", objects: objectsOf({ service: ["web"] }) });
    const turns: boolean[] = [];
    const counts = () => [w.written.deltas, w.written.entries];
    const seen: number[][] = [];
    for (let i = 0; i < 10; i++) {
      const done = w.flush(0);
      turns.push(done);
      seen.push(counts());
      if (done) break;
    }
    expect(turns).toEqual([false, false, false, false, false, true]);
    expect(seen).toEqual([
      [0, 0], // the run's keyframe
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [4, 1],
    ]);
    expect(w.written.chunks).toBe(4); // one per turn: each turn is its own transaction
    expect(history.atSeq(4)?.state).toEqual(model(4));
    // A reader's flush writes everything at once.
    for (let v = 5; v <= 7; v++) {
      const state = model(v);
      w.delta(
        { version: v, at: new Date((now += 100)).toISOString(), changes: [{ kind: "tasks", op: "upsert", id: `t${v - 1}`, value: state.tasks[`t${v - 1}`] as TaskView }] },
        state,
      );
    }
    expect(history.atSeq(7)?.state).toEqual(model(7));
    expect(w.written.chunks).toBe(5);
    history.close();
  });

  it("after a failed flush the next one starts with a keyframe of the model after the lost deltas", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "history-writer-"));
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let now = Date.parse("2026-06-01T10:00:00.000Z");
    const history = new History({ dataDir: dir, now: () => now, flushMs: 1e9 });
    const w = history.writer;
    const step = (v: number) => {
      const state = model(v);
      w.delta(
        { version: v, at: new Date((now += 100)).toISOString(), changes: [{ kind: "tasks", op: "upsert", id: `t${v - 1}`, value: state.tasks[`t${v - 1}`] as TaskView }] },
        state,
      );
    };
    w.startKeyframe(model(0), 0);
    step(1);
    w.flush();
    history.db.exec("CREATE TRIGGER full BEFORE INSERT ON deltas BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    step(2);
    w.flush();
    expect(w.lost).toBe(1);
    expect(error.mock.calls[0]?.[0]).toMatch(/history write failed, 1 records lost: disk full/);
    history.db.exec("DROP TRIGGER full");
    const keyframes = w.written.keyframes;
    step(3);
    w.flush();
    expect(w.written.keyframes).toBe(keyframes + 1);
    expect(history.atSeq(3)?.state).toEqual(model(3)); // t1 (the lost delta's task) is in the keyframe
    history.close();
    error.mockRestore();
  });
});
