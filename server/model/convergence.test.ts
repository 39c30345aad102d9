// Unit tests of the convergence rule that switches task polling between fast and slow.
import { describe, expect, it } from "vitest";
import { engineService, engineTask, link } from "../../test/fixtures/engine";
import { convergingReason } from "./convergence";
import { initialModel, type ModelInput, reduce } from "./model";

function view(inputs: ModelInput[]) {
  return inputs.reduce((s, i) => reduce(s, i).state, initialModel(link())).view;
}

describe("convergingReason", () => {
  it("is null when every service runs what it wants and tasks are settled", () => {
    const v = view([
      { type: "list", kind: "services", seq: 1, items: [engineService("s1", { replicas: 2, running: 2 })] },
      { type: "list", kind: "tasks", seq: 2, items: [engineTask("a"), engineTask("b", { slot: 2 }), engineTask("old", { state: "shutdown", desired: "shutdown" })] },
    ]);
    expect(convergingReason(v)).toBeNull();
  });
  it("names a service whose running count differs from desired", () => {
    const v = view([{ type: "list", kind: "services", seq: 1, items: [engineService("s1", { name: "web", replicas: 5, running: 2, desired: 5 })] }]);
    expect(convergingReason(v)).toBe("service web: 2/5 running");
  });
  it("names a task still running though told to shut down", () => {
    const v = view([{ type: "list", kind: "tasks", seq: 1, items: [engineTask("t9", { state: "running", desired: "shutdown" })] }]);
    expect(convergingReason(v)).toBe("task t9: running → shutdown");
  });
});
