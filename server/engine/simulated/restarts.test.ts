// Unit tests of simulated container exits, the restart policy (any, on-failure, none, Delay, MaxAttempts, Window), task history per slot, and jobs.
import { describe, expect, it } from "vitest";
import { EXIT_AFTER_LABEL, EXIT_CODE_LABEL, parseDuration } from "./container-exit";
import { SimulatedSwarm } from "./swarm";
import { running, serviceNamed, spec, tasksOf, update } from "./sim-test-helpers";

const S = 1e9;
const exits = (after: string, code: number) => ({ [EXIT_AFTER_LABEL]: after, [EXIT_CODE_LABEL]: String(code) });

describe("SimulatedSwarm restarts and jobs", () => {
  it("reads Go durations", () => {
    expect([parseDuration("45s"), parseDuration("1m30s"), parseDuration("500ms"), parseDuration("2h"), parseDuration("soon"), parseDuration("5")]).toEqual([
      45_000,
      90_000,
      500,
      7_200_000,
      null,
      null,
    ]);
  });

  it("a crashing container fails with the engine's error and is restarted after the Delay, the slot keeping its history", () => {
    const swarm = new SimulatedSwarm({ seed: 1, nodes: 3, defaultNetwork: false, taskHistory: 3 });
    swarm.createService(spec("crash", { labels: exits("10s", 1), TaskTemplate: { RestartPolicy: { Condition: "any", Delay: 5 * S } } }));
    swarm.settle(2_000);
    const first = tasksOf(swarm, "crash")[0];
    swarm.advance(15_000); // exits within 5–15 s of running
    const failed = swarm.task(first.ID)!;
    expect(failed).toMatchObject({ DesiredState: "shutdown", Status: { State: "failed", Message: "started", Err: "task: non-zero exit (1)", ContainerStatus: { ExitCode: 1 } } });
    const next = tasksOf(swarm, "crash").find((t) => t.ID !== first.ID)!;
    expect(next.Slot).toBe(1);
    // Held at ready (desired ready) until the restart delay has passed.
    expect([next.Status.State, next.DesiredState]).toEqual(["ready", "ready"]);
    const failedAt = Date.parse(failed.Status.Timestamp!);
    swarm.advanceTo(failedAt + 5_000 + 1_000);
    expect(swarm.task(next.ID)?.DesiredState).toBe("running");
    swarm.advance(600_000);
    // Crash-looping for ten minutes: still one slot, history kept to TaskHistoryRetentionLimit.
    expect(tasksOf(swarm, "crash").every((t) => t.Slot === 1)).toBe(true);
    expect(tasksOf(swarm, "crash").length).toBeLessThanOrEqual(3);
  });

  it("on-failure restarts failures but not completions; none restarts nothing; MaxAttempts stops restarting", () => {
    const swarm = new SimulatedSwarm({ seed: 2, nodes: 3, defaultNetwork: false, taskHistory: 10 });
    swarm.createService(spec("done", { labels: exits("2s", 0), TaskTemplate: { RestartPolicy: { Condition: "on-failure" } } }));
    swarm.createService(spec("once", { labels: exits("2s", 3), TaskTemplate: { RestartPolicy: { Condition: "none" } } }));
    swarm.createService(spec("thrice", { labels: exits("2s", 1), TaskTemplate: { RestartPolicy: { Condition: "on-failure", MaxAttempts: 3, Delay: 1 * S } } }));
    swarm.advance(120_000);
    expect(tasksOf(swarm, "done").map((t) => [t.Status.State, t.Status.Message, t.DesiredState])).toEqual([["complete", "finished", "shutdown"]]);
    expect(tasksOf(swarm, "once").map((t) => [t.Status.State, t.Status.Err])).toEqual([["failed", "task: non-zero exit (3)"]]);
    expect(tasksOf(swarm, "thrice").map((t) => t.Status.State)).toEqual(["failed", "failed", "failed", "failed"]);
    expect(swarm.services().find((s) => s.Spec.Name === "once")?.ServiceStatus).toEqual({ RunningTasks: 0, DesiredTasks: 1 });
    // A service update makes the orchestrator fill the slot again.
    update(swarm, "once", (s) => ({ ...s, TaskTemplate: { ...s.TaskTemplate, ForceUpdate: 1 } }));
    swarm.settle(1_500);
    expect(running(tasksOf(swarm, "once"))).toHaveLength(1);
  });

  it("MaxAttempts counts the restarts within the Window", () => {
    const swarm = new SimulatedSwarm({ seed: 3, nodes: 1, managers: 1, defaultNetwork: false, taskHistory: 50 });
    swarm.createService(spec("w", { labels: exits("1s", 1), TaskTemplate: { RestartPolicy: { Condition: "any", MaxAttempts: 2, Window: 3_600 * S, Delay: 1 * S } } }));
    swarm.advance(300_000);
    expect(tasksOf(swarm, "w")).toHaveLength(3); // the first run and two restarts within the hour
  });

  it("a replicated job runs MaxConcurrent at a time until TotalCompletions, its tasks completing; ServiceStatus and JobStatus say so", () => {
    const swarm = new SimulatedSwarm({ seed: 4, nodes: 3, defaultNetwork: false });
    swarm.createService({ ...spec("batch", { labels: exits("3s", 0) }), Mode: { ReplicatedJob: { MaxConcurrent: 2, TotalCompletions: 5 } } });
    swarm.settle(1_200); // both running (each step 0.5–1.5× its delay: running by 0.71 s, exiting no sooner than 1.5 s later)
    expect(tasksOf(swarm, "batch").filter((t) => t.Status.State === "running")).toHaveLength(2);
    expect(tasksOf(swarm, "batch").every((t) => t.DesiredState === "complete")).toBe(true);
    swarm.settle();
    const tasks = tasksOf(swarm, "batch");
    expect(tasks.map((t) => t.Status.State)).toEqual(Array(5).fill("complete"));
    expect(tasks.map((t) => t.Slot).sort()).toEqual([1, 2, 3, 4, 5]);
    const s = swarm.services().find((x) => x.Spec.Name === "batch")!;
    expect(s.ServiceStatus).toEqual({ RunningTasks: 0, DesiredTasks: 0, CompletedTasks: 5 });
    expect(s.JobStatus?.JobIteration.Index).toBe(serviceNamed(swarm, "batch").Version.Index);
    // Running it again (docker service update --force): a new iteration.
    update(swarm, "batch", (x) => ({ ...x, TaskTemplate: { ...x.TaskTemplate, ForceUpdate: 1 } }));
    swarm.settle(1_200);
    expect(swarm.services().find((x) => x.Spec.Name === "batch")?.ServiceStatus).toMatchObject({ RunningTasks: 2, DesiredTasks: 2, CompletedTasks: 0 });
  });

  it("a global job runs once on every eligible node", () => {
    const swarm = new SimulatedSwarm({ seed: 5, nodes: 4, defaultNetwork: false });
    swarm.createService({ ...spec("prune"), Mode: { GlobalJob: {} } });
    swarm.settle();
    expect(tasksOf(swarm, "prune").map((t) => t.Status.State)).toEqual(Array(4).fill("complete"));
    expect(swarm.services()[0].ServiceStatus).toEqual({ RunningTasks: 0, DesiredTasks: 4, CompletedTasks: 4 });
  });
});
