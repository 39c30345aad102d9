import { describe, expect, it } from "vitest";
import type { TimelineEntry } from "@/lib/history-types";
import { filterFromQuery, isoFromField, queryOfFilter, timelinePath, toJsonLines } from "./timeline-query";

describe("the /timeline filters", () => {
  it("come from the page's URL, missing ones empty", () => {
    expect(filterFromQuery(new URLSearchParams("service=web&kind=node-drained,action&from=2026-12-03T17:00:00Z"))).toEqual({
      service: "web",
      node: "",
      stack: "",
      kind: "node-drained,action",
      from: "2026-12-03T17:00:00Z",
      to: "",
    });
  });

  it("go to the API as its query parameters, with the page size and the previous page's next as `before`", () => {
    const f = { service: "web", node: " worker2 ", stack: "", kind: "", from: "", to: "2026-12-03T18:00:00Z" };
    expect(queryOfFilter(f)).toBe("service=web&node=worker2&to=2026-12-03T18%3A00%3A00Z");
    const path = new URL(timelinePath(f, 100, "1764783662050.1230"), "http://x");
    expect(path.pathname).toBe("/api/v1/timeline");
    expect(Object.fromEntries(path.searchParams)).toEqual({ service: "web", node: "worker2", to: "2026-12-03T18:00:00Z", limit: "100", before: "1764783662050.1230" });
    expect(timelinePath({ service: "", node: "", stack: "", kind: "", from: "", to: "" }, 50)).toBe("/api/v1/timeline?limit=50");
  });

  it("read typed times without a zone as UTC, and pass the rest as written", () => {
    expect(isoFromField("2026-12-03T17:40")).toBe("2026-12-03T17:40:00Z");
    expect(isoFromField("2026-12-03T17:40:05")).toBe("2026-12-03T17:40:05Z");
    expect(isoFromField("")).toBe("");
    expect(isoFromField("2026-12-03T17:40:00+01:00")).toBe("2026-12-03T17:40:00+01:00");
    expect(isoFromField("yesterday")).toBe("yesterday");
  });
});

describe("the JSON lines export", () => {
  it("is one entry per line, each parsing back to the entry", () => {
    const entries: TimelineEntry[] = [
      {
        id: "2",
        at: "2026-12-03T17:41:02.120Z",
        until: null,
        kind: "node-drained",
        sentence: "worker2 drained\nreally",
        objects: { services: ["web"], nodes: ["worker2"], tasks: [], stacks: [] },
      },
      {
        id: "1",
        at: "2026-12-03T17:41:02.050Z",
        until: null,
        kind: "action",
        sentence: "alice: node.availability worker2 — ok",
        objects: { services: [], nodes: ["worker2"], tasks: [], stacks: [] },
        actor: { user: "alice", role: "operator", action: "node.availability", result: "ok", status: 200 },
      },
    ];
    const text = toJsonLines(entries);
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l))).toEqual(entries);
    expect(toJsonLines([])).toBe("");
  });
});
