import { describe, expect, it } from "vitest";
import { TIMELINE_KINDS } from "@/lib/history-types";
import { kindColor, kindLabel, kindTone } from "./timeline-kinds";

describe("timeline kinds", () => {
  it("each have a colour of their group", () => {
    for (const k of TIMELINE_KINDS) expect(kindColor(k)).toMatch(/^#[0-9a-f]{6}$/);
    expect(kindTone("task-failed")).toBe("bad");
    expect(kindTone("node-drained")).toBe("warn");
    expect(kindColor("node-drained")).not.toBe(kindColor("service-created"));
  });

  it("read as words", () => {
    expect(kindLabel("node-drained")).toBe("node drained");
  });
});
