// The merged tail: task-by-task tails come out in time order once the stream is quiet; later lines pass straight through.
import { describe, expect, it } from "vitest";
import { TailMerge } from "./tail-merge";

const line = (time: string, text: string) => ({ time, text });

describe("TailMerge", () => {
  it("holds the tails until quiet, then sorts them by time, keeping a task's own order for equal times", () => {
    const m = new TailMerge<{ time: string; text: string }>(0, 250, 2000);
    expect(m.push([line("2026-12-03T00:00:01Z", "a1"), line("2026-12-03T00:00:03Z", "a3"), line("2026-12-03T00:00:03Z", "a3b")], 10)).toEqual([]);
    expect(m.push([line("2026-12-03T00:00:02Z", "b2"), line("2026-12-03T00:00:04Z", "b4")], 100)).toEqual([]);
    expect(m.due(300)).toEqual([]);
    expect(m.due(351).map((l) => l.text)).toEqual(["a1", "b2", "a3", "a3b", "b4"]);
    expect(m.push([line("2026-12-03T00:00:00Z", "live")], 400).map((l) => l.text)).toEqual(["live"]);
    expect(m.due(5000)).toEqual([]);
  });
  it("gives up waiting after maxMs even when lines keep coming", () => {
    const m = new TailMerge<{ time: string; text: string }>(0, 250, 2000);
    for (let t = 0; t < 2000; t += 100) expect(m.push([line(`2026-12-03T00:00:${String(59 - t / 100).padStart(2, "0")}Z`, `l${t}`)], t)).toEqual([]);
    const out = m.push([line("2026-12-03T00:00:00Z", "last")], 2000);
    expect(out).toHaveLength(21);
    expect(out[0].text).toBe("last");
  });
});
