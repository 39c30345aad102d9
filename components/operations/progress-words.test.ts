// Unit tests of the progress panel's words: phases like the CLI prints them and the UpdateStatus line.
import { describe, expect, it } from "vitest";
import { groupProblems, phaseTone, phaseWords, updateWords } from "./progress-words";

describe("phaseWords", () => {
  it("counts down the monitor period while verifying", () => {
    expect(phaseWords("verifying", { steady: true, steadySeconds: 1.2, monitorSeconds: 5 })).toBe("verify: waiting 4 s to verify that tasks are stable…");
    expect(phaseWords("verifying", { steady: false, steadySeconds: null, monitorSeconds: 5 })).toMatch(/rolling update/);
  });
  it("ends with converged, like docker service scale", () => {
    expect(phaseWords("converged", { steady: true, steadySeconds: 5, monitorSeconds: 5 })).toBe("verify: service converged");
    expect(phaseTone("converged")).toBe("good");
    expect(phaseTone("stuck")).toBe("bad");
    expect(phaseTone("converging")).toBe("busy");
  });
});

describe("updateWords", () => {
  it("prints the engine's update state and message", () => {
    expect(updateWords(null)).toBeNull();
    expect(updateWords({ state: "updating", message: "update in progress", startedAt: null, completedAt: null })).toBe("UpdateStatus: updating — update in progress");
    expect(updateWords({ state: "rollback_completed", message: null, startedAt: null, completedAt: null })).toBe("UpdateStatus: rollback_completed");
  });
});

describe("groupProblems", () => {
  it("folds slots with the same error into one line", () => {
    const err = "no suitable node (scheduling constraints not satisfied on 5 nodes)";
    expect(
      groupProblems([
        { label: "web.1", error: err },
        { label: "web.2", error: "exit 1" },
        { label: "web.3", error: err },
      ]),
    ).toEqual([
      { labels: ["web.1", "web.3"], error: err },
      { labels: ["web.2"], error: "exit 1" },
    ]);
  });
});
