// Unit tests: the words in a node column header.
import { describe, expect, it } from "vitest";
import { manager, node } from "@/test/fixtures/views";
import { availabilityLabel, managerStatusLabel, roleLabel, statusLabel } from "./node-labels";

describe("node labels", () => {
  it("names role and manager status", () => {
    expect(roleLabel(node({ id: "w" })).text).toBe("Worker");
    expect(roleLabel(manager("m", false)).text).toBe("Manager");
    expect(managerStatusLabel(node({ id: "w" }))).toBeNull();
    expect(managerStatusLabel(manager("m", true))?.text).toBe("Leader");
    expect(managerStatusLabel(manager("m", false))?.text).toBe("Reachable");
    expect(managerStatusLabel(manager("m", false, { manager: { leader: false, reachability: "unreachable", addr: "" } }))?.text).toBe("Unreachable");
    expect(managerStatusLabel(node({ id: "m", role: "manager", manager: null }))?.text).toBe("Unknown");
  });

  it("names availability and status", () => {
    expect(availabilityLabel(node({ id: "a", availability: "active" })).text).toBe("Active");
    expect(availabilityLabel(node({ id: "a", availability: "pause" })).text).toBe("Pause");
    expect(availabilityLabel(node({ id: "a", availability: "drain" })).text).toBe("Drain");
    expect(statusLabel(node({ id: "a", status: "ready" })).text).toBe("Ready");
    expect(statusLabel(node({ id: "a", status: "down" })).text).toBe("Down");
    expect(statusLabel(node({ id: "a", status: "unknown" })).text).toBe("Unknown");
    expect(statusLabel(node({ id: "a", status: "disconnected" })).text).toBe("Disconnected");
  });
});
