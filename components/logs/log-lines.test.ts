// The log buffer (cap, de-duplication), the docker service logs prefix, the search filter and match splitting.
import { describe, expect, it } from "vitest";
import { byId, node, task } from "@/test/fixtures/views";
import type { LogLineMessage } from "@/lib/protocol";
import { appendLines, filterLines, logPrefix, splitMatches } from "./log-lines";

const line = (text: string, patch: Partial<LogLineMessage> = {}): LogLineMessage => ({
  stream: "stdout",
  time: `2024-05-01T12:00:00.${text.padStart(9, "0")}Z`,
  taskId: "t1",
  nodeId: "n1",
  text,
  ...patch,
});

describe("appendLines", () => {
  it("numbers new lines in arrival order", () => {
    const buffer = appendLines([], [line("1"), line("2")], 10);
    expect(buffer.map((l) => [l.seq, l.text])).toEqual([
      [10, "1"],
      [11, "2"],
    ]);
  });
  it("keeps only the newest max lines", () => {
    let buffer = appendLines([], [line("1"), line("2"), line("3")], 0, 4);
    buffer = appendLines(buffer, [line("4"), line("5"), line("6")], 3, 4);
    expect(buffer.map((l) => l.text)).toEqual(["3", "4", "5", "6"]);
  });
  it("drops lines it already holds (a tail replayed after a re-subscription), but keeps same text from another task", () => {
    const buffer = appendLines([], [line("1"), line("2")], 0);
    const next = appendLines(buffer, [line("2"), line("2", { taskId: "t2" }), line("3")], 2);
    expect(next.map((l) => `${l.taskId}:${l.text}`)).toEqual(["t1:1", "t1:2", "t2:2", "t1:3"]);
  });
  it("returns the same buffer when nothing is new", () => {
    const buffer = appendLines([], [line("1")], 0);
    expect(appendLines(buffer, [line("1")], 1)).toBe(buffer);
  });
});

describe("logPrefix", () => {
  const ctx = {
    serviceName: "web",
    tasks: byId(task({ id: "t1", serviceId: "s", slot: 2, nodeId: "n1" }), task({ id: "g", serviceId: "s", slot: null, nodeId: "n2" })),
    nodes: byId(node({ id: "n1", hostname: "worker1" }), node({ id: "n2", hostname: "manager1" })),
  };
  it("prints name.slot@hostname like docker service logs --no-task-ids", () => {
    expect(logPrefix({ taskId: "t1", nodeId: "n1" }, ctx)).toBe("web.2@worker1");
    expect(logPrefix({ taskId: "g", nodeId: "n2" }, ctx)).toBe("web.0@manager1");
  });
  it("falls back to short ids for a task or node the model no longer has, never to null", () => {
    expect(logPrefix({ taskId: "abcdefghijklmnopqrstuvwxy", nodeId: "zyxwvutsrqponmlk" }, ctx)).toBe("web.abcdefghijkl@zyxwvutsrqpo");
    expect(logPrefix({ taskId: null, nodeId: null }, ctx)).toBe("web.?@unknown node");
    expect(logPrefix({ taskId: "t1", nodeId: null }, ctx)).toBe("web.2@worker1");
  });
});

describe("filterLines", () => {
  const lines = [line("tick 1"), line("TICK 2", { taskId: "t2" }), line("tock")];
  const prefixOf = (l: LogLineMessage) => (l.taskId === "t2" ? "web.2@worker2" : "web.1@worker1");
  it("keeps lines whose text or prefix contains the query, ignoring case", () => {
    expect(filterLines(lines, "tick", prefixOf).map((l) => l.text)).toEqual(["tick 1", "TICK 2"]);
    expect(filterLines(lines, "worker2", prefixOf).map((l) => l.text)).toEqual(["TICK 2"]);
    expect(filterLines(lines, "  ", prefixOf)).toHaveLength(3);
    expect(filterLines(lines, "nothing", prefixOf)).toHaveLength(0);
  });
});

describe("splitMatches", () => {
  it("cuts the text around every match, keeping the original case", () => {
    expect(splitMatches("Tick tick boom", "tick")).toEqual([
      { text: "Tick", match: true },
      { text: " ", match: false },
      { text: "tick", match: true },
      { text: " boom", match: false },
    ]);
  });
  it("returns the whole text when there is no query or no match, including HTML as plain text", () => {
    expect(splitMatches("<b>x</b>", "")).toEqual([{ text: "<b>x</b>", match: false }]);
    expect(splitMatches("<b>x</b>", "zz")).toEqual([{ text: "<b>x</b>", match: false }]);
    expect(splitMatches("aa", "a")).toEqual([
      { text: "a", match: true },
      { text: "a", match: true },
    ]);
  });
});
