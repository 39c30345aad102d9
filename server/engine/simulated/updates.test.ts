// Unit tests of simulated rolling updates: parallelism, delay, order, monitor, failure actions (pause, continue, rollback), manual rollback, and their events.
import { describe, expect, it } from "vitest";
import type { EngineEvent, EngineServiceSpec } from "../../../lib/engine-types";
import { EXIT_AFTER_LABEL, EXIT_CODE_LABEL } from "./container-exit";
import { SimulatedSwarm } from "./swarm";
import { running, serviceNamed, spec, tasksOf, update, wanted, withImage } from "./sim-test-helpers";

const S = 1e9;

function swarmWith(s: EngineServiceSpec, seed = 1) {
  const swarm = new SimulatedSwarm({ seed, nodes: 5, defaultNetwork: false });
  swarm.createService(s);
  swarm.settle();
  const events: EngineEvent[] = [];
  swarm.onEvent((e) => events.push(e));
  return { swarm, events };
}

const images = (swarm: SimulatedSwarm, name: string) => running(tasksOf(swarm, name)).map((t) => t.Spec.ContainerSpec?.Image);

describe("SimulatedSwarm rolling updates", () => {
  it("replaces Parallelism tasks per batch with Delay between batches, then monitors before completing", () => {
    const { swarm, events } = swarmWith(spec("web", { replicas: 6, UpdateConfig: { Parallelism: 2, Delay: 10 * S, Monitor: 5 * S } }));
    const t0 = swarm.now;
    update(swarm, "web", withImage("lab/busybox:2"));
    const batches: number[] = [];
    let last = 0;
    for (let i = 0; i < 200 && serviceNamed(swarm, "web").UpdateStatus?.State === "updating"; i++) {
      swarm.advance(500);
      const n = images(swarm, "web").filter((x) => x === "lab/busybox:2").length;
      if (n !== last) batches.push(n);
      last = n;
      const inFlight = tasksOf(swarm, "web").filter((t) => wanted(t) && t.Spec.ContainerSpec?.Image === "lab/busybox:2" && t.Status.State !== "running");
      expect(inFlight.length).toBeLessThanOrEqual(2);
    }
    expect(batches.filter((n) => n % 2 === 0).at(-1)).toBe(6);
    expect(serviceNamed(swarm, "web").UpdateStatus).toMatchObject({ State: "completed", Message: "update completed" });
    // Two 10 s delays between three batches and a 5 s monitor: at least 25 s of logical time.
    expect(swarm.now - t0).toBeGreaterThanOrEqual(25_000);
    const states = events.filter((e) => e.Type === "service").map((e) => [e.Actor.Attributes?.["updatestate.old"], e.Actor.Attributes?.["updatestate.new"]]);
    expect(states).toEqual([
      [undefined, undefined],
      [undefined, "updating"],
      ["updating", "completed"],
    ]);
    expect(events[0].Actor.Attributes).toEqual({ name: "web", "image.old": "lab/busybox:1", "image.new": "lab/busybox:2" });
    expect(serviceNamed(swarm, "web").PreviousSpec?.TaskTemplate.ContainerSpec?.Image).toBe("lab/busybox:1");
  });

  it("stop-first stops the old task before the new one runs; start-first runs the new one before the old one stops", () => {
    for (const order of ["stop-first", "start-first"] as const) {
      const { swarm } = swarmWith(spec("web", { replicas: 1, UpdateConfig: { Order: order } }));
      const old = tasksOf(swarm, "web")[0].ID;
      update(swarm, "web", withImage("lab/busybox:2"));
      let both = false;
      for (let i = 0; i < 400 && serviceNamed(swarm, "web").UpdateStatus?.State === "updating"; i++) {
        swarm.advance(10);
        const up = tasksOf(swarm, "web").filter((t) => t.Status.State === "running");
        if (up.length === 2) both = true;
        const fresh = tasksOf(swarm, "web").find((t) => t.ID !== old)!;
        if (order === "stop-first" && fresh.Status.State === "running") expect(swarm.task(old)?.Status.State).toBe("shutdown");
      }
      expect([order, both]).toEqual([order, order === "start-first"]);
      expect(images(swarm, "web")).toEqual(["lab/busybox:2"]);
    }
  });

  it("a failing new image pauses the update (FailureAction pause) with the engine's message", () => {
    const { swarm } = swarmWith(spec("web", { replicas: 4 }));
    update(swarm, "web", (s) => ({ ...withImage("lab/busybox:2")(s), Labels: { [EXIT_AFTER_LABEL]: "1s", [EXIT_CODE_LABEL]: "1" } }));
    swarm.advance(30_000);
    const status = serviceNamed(swarm, "web").UpdateStatus;
    expect(status?.State).toBe("paused");
    expect(status?.Message).toMatch(/^update paused due to failure or early termination of task [a-z0-9]{25}$/);
    const failed = tasksOf(swarm, "web").find((t) => t.Status.State === "failed")!;
    expect(failed.Status).toMatchObject({ Err: "task: non-zero exit (1)", ContainerStatus: { ExitCode: 1 } });
    // Paused: the second slot had been started (the updater moves on once a task runs), the other two still run the old image.
    expect(images(swarm, "web").filter((x) => x === "lab/busybox:1")).toHaveLength(2);
    swarm.advance(60_000);
    expect(images(swarm, "web").filter((x) => x === "lab/busybox:1")).toHaveLength(2);
  });

  it("FailureAction rollback rolls back to the previous spec by itself; continue carries on", () => {
    const failing = (s: EngineServiceSpec) => ({ ...withImage("lab/busybox:2")(s), Labels: { [EXIT_AFTER_LABEL]: "1s", [EXIT_CODE_LABEL]: "2" } });
    const rb = swarmWith(spec("web", { replicas: 3, UpdateConfig: { FailureAction: "rollback" } }), 2);
    update(rb.swarm, "web", failing);
    rb.swarm.advance(60_000);
    const s = serviceNamed(rb.swarm, "web");
    expect(s.UpdateStatus?.State).toBe("rollback_completed");
    expect(s.Spec.TaskTemplate.ContainerSpec?.Image).toBe("lab/busybox:1");
    expect(images(rb.swarm, "web")).toEqual(["lab/busybox:1", "lab/busybox:1", "lab/busybox:1"]);
    expect(rb.events.some((e) => e.Actor.Attributes?.["updatestate.new"] === "rollback_started" && e.Actor.Attributes?.["image.new"] === "lab/busybox:1")).toBe(true);

    const go = swarmWith(spec("web", { replicas: 3, UpdateConfig: { FailureAction: "continue" } }), 3);
    update(go.swarm, "web", failing);
    go.swarm.advance(60_000);
    expect(serviceNamed(go.swarm, "web").UpdateStatus?.State).not.toBe("paused");
    expect(
      tasksOf(go.swarm, "web")
        .filter((t) => wanted(t))
        .every((t) => t.Spec.ContainerSpec?.Image === "lab/busybox:2"),
    ).toBe(true);
  });

  it("MaxFailureRatio tolerates failures up to the ratio", () => {
    const { swarm } = swarmWith(spec("web", { replicas: 4, UpdateConfig: { MaxFailureRatio: 0.5, Monitor: 60 * S } }), 4);
    update(swarm, "web", (s) => ({ ...withImage("lab/busybox:2")(s), Labels: { [EXIT_AFTER_LABEL]: "20s", [EXIT_CODE_LABEL]: "1" } }));
    const failures = () => tasksOf(swarm, "web").filter((t) => t.Status.State === "failed").length;
    let pausedAt = -1;
    for (let i = 0; i < 1200 && pausedAt < 0; i++) {
      swarm.advance(100);
      if (serviceNamed(swarm, "web").UpdateStatus?.State === "paused") pausedAt = failures();
      else expect(failures()).toBeLessThanOrEqual(2); // 2 of 4 = 50 %: tolerated
    }
    expect(pausedAt).toBe(3);
  });

  it("rollback (docker service rollback) goes back to PreviousSpec with RollbackConfig, and refuses without one", () => {
    const { swarm, events } = swarmWith(spec("web", { replicas: 3, RollbackConfig: { Parallelism: 0 } }));
    expect(() => update(swarm, "web", (s) => s, true)).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringMatching(/desc = service [a-z0-9]{25} does not have a previous spec$/) }),
    );
    update(swarm, "web", withImage("lab/busybox:2"));
    swarm.settle();
    events.length = 0;
    update(swarm, "web", (s) => s, true);
    expect(serviceNamed(swarm, "web").UpdateStatus).toMatchObject({ State: "rollback_started", Message: "manually requested rollback" });
    // Parallelism 0: every task is replaced at once.
    expect(tasksOf(swarm, "web").filter((t) => t.DesiredState === "shutdown" && t.Status.State === "running")).toHaveLength(3);
    swarm.settle();
    expect(serviceNamed(swarm, "web").UpdateStatus).toMatchObject({ State: "rollback_completed", Message: "rollback completed" });
    expect(images(swarm, "web")).toEqual(Array(3).fill("lab/busybox:1"));
    expect(events.map((e) => e.Actor.Attributes)).toEqual([
      { name: "web", "image.old": "lab/busybox:2", "image.new": "lab/busybox:1", "updatestate.old": "completed", "updatestate.new": "rollback_started" },
      { name: "web", "updatestate.old": "rollback_started", "updatestate.new": "rollback_completed" },
    ]);
  });

  it("scaling is no update: UpdateStatus goes, the event carries replicas.old/new only", () => {
    const { swarm, events } = swarmWith(spec("web", { replicas: 2 }));
    update(swarm, "web", withImage("lab/busybox:2"));
    swarm.settle();
    events.length = 0;
    update(swarm, "web", (s) => ({ ...s, Mode: { Replicated: { Replicas: 5 } } }));
    expect(events.map((e) => e.Actor.Attributes)).toEqual([{ name: "web", "replicas.old": "2", "replicas.new": "5" }]);
    expect(serviceNamed(swarm, "web").UpdateStatus).toBeUndefined();
    const stale = serviceNamed(swarm, "web");
    update(swarm, "web", (s) => s);
    expect(() => swarm.updateService(stale.ID, stale.Version.Index, stale.Spec)).toThrow(
      expect.objectContaining({ status: 500, message: "rpc error: code = Unknown desc = update out of sequence" }),
    );
  });
});
