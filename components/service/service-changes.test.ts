import { describe, expect, it } from "vitest";
import type { ServiceHistory } from "@/lib/history-types";
import { byText, changeText, valueText } from "./service-changes";

type Change = ServiceHistory["changes"][number];
const base: Change = { at: "2026-12-03T17:40:00Z", kind: "changed", version: 12, fields: [], update: null, by: null };

describe("a service's changes in words", () => {
  it("say which fields changed, from what to what", () => {
    const c: Change = {
      ...base,
      fields: [
        { field: "image", from: "lab/busybox:1", to: "lab/busybox:2" },
        { field: "replicas", from: 2, to: 5 },
        { field: "constraints", from: [], to: ["node.role==worker"] },
      ],
    };
    expect(changeText(c)).toBe('image: lab/busybox:1 → lab/busybox:2; replicas: 2 → 5; constraints: none → ["node.role==worker"]');
  });

  it("name creation, removal and update progress", () => {
    expect(changeText({ ...base, kind: "created" })).toBe("created");
    expect(changeText({ ...base, kind: "removed" })).toBe("removed");
    expect(changeText({ ...base, kind: "update", update: { state: "rollback_completed", message: "update rolled back" } })).toBe("update rollback_completed: update rolled back");
  });

  it("cut long values and show missing ones as a dash", () => {
    expect(valueText(null)).toBe("—");
    expect(valueText("x".repeat(300))).toHaveLength(120);
  });

  it("say who did it when it was a dashboard action", () => {
    expect(byText(base)).toBe("");
    expect(byText({ ...base, by: { user: "alice", role: "operator", action: "service.update", result: "ok" } })).toBe("alice (operator): service.update");
    expect(byText({ ...base, by: { user: "bob", role: "admin", action: "service.scale", result: "error" } })).toBe("bob (admin): service.scale — error");
  });
});
