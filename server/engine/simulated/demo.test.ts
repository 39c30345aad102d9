// Unit tests of the demo swarm: the labs' layout and its services, its life (swarm-cronjob every minute, crashes, rolling updates, scaling), sizing, determinism.
import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../../../lib/engine-types";
import { cronMinutes, DemoLife } from "./demo-life";
import { demoSwarm } from "./demo-layout";
import { hostOf, running, serviceNamed, tasksOf } from "./sim-test-helpers";

describe("demoSwarm", () => {
  it("is the Docker swarm labs' layout with a stack, a global service, a cron job and a crash-looper, all running", () => {
    const swarm = demoSwarm({ seed: 1, life: false });
    expect(swarm.nodes().map((n) => [n.Description?.Hostname, n.Spec.Role, n.ManagerStatus?.Leader ?? null])).toEqual([
      ["manager1", "manager", true],
      ["manager2", "manager", false],
      ["manager3", "manager", false],
      ["worker1", "worker", null],
      ["worker2", "worker", null],
    ]);
    expect(swarm.services().map((s) => [s.Spec.Name, s.ServiceStatus?.RunningTasks, s.ServiceStatus?.DesiredTasks])).toEqual([
      ["shop_web", 3, 3],
      ["shop_api", 2, 2],
      ["shop_db", 1, 1],
      ["node-agent", 5, 5],
      ["report", 0, 0],
      ["flaky", 1, 1],
    ]);
    const web = serviceNamed(swarm, "shop_web");
    expect(web.Spec.Labels).toMatchObject({ "com.docker.stack.namespace": "shop" });
    expect(web.Endpoint?.Ports).toEqual([{ Protocol: "tcp", TargetPort: 80, PublishedPort: 8080, PublishMode: "ingress" }]);
    expect(swarm.network("shop_default")?.Labels).toEqual({ "com.docker.stack.namespace": "shop" });
    expect(serviceNamed(swarm, "shop_api").Spec.TaskTemplate.ContainerSpec?.Secrets?.[0].SecretName).toBe("shop_db_password");
    expect(() => swarm.removeSecret("shop_db_password")).toThrow(expect.objectContaining({ status: 400 }));
    expect(running(tasksOf(swarm, "shop_db")).map((t) => hostOf(swarm, t))[0]).toMatch(/^worker/);
    expect(serviceNamed(swarm, "report").Spec.Labels).toMatchObject({ "swarm.cronjob.enable": "true", "swarm.cronjob.schedule": "* * * * *" });
    expect(swarm.tasks().every((t) => /^lab\/busybox:[12]$/.test(t.Spec.ContainerSpec?.Image ?? ""))).toBe(true);
  });

  it("lives: the cron job runs every minute and completes, the crash-looper fails and restarts, updates and scaling come by themselves", () => {
    const swarm = demoSwarm({ seed: 2 });
    const events: EngineEvent[] = [];
    swarm.onEvent((e) => events.push(e));
    const t0 = swarm.now;
    swarm.advance(10 * 60_000);
    const report = tasksOf(swarm, "report");
    expect(report.filter((t) => t.Status.State === "complete").length).toBeGreaterThanOrEqual(4); // history limit 5 per slot
    expect(report.every((t) => t.Status.State !== "failed")).toBe(true);
    const cronRuns = events.filter((e) => e.Actor.Attributes?.name === "report" && e.Actor.Attributes?.["updatestate.new"] === "updating");
    expect(cronRuns.length).toBeGreaterThanOrEqual(9);
    const flaky = tasksOf(swarm, "flaky");
    expect(flaky.filter((t) => t.Status.State === "failed").map((t) => t.Status.Err)).toContain("task: non-zero exit (1)");
    expect(events.some((e) => e.Actor.Attributes?.["image.new"]?.startsWith("lab/busybox:"))).toBe(true);
    expect(events.some((e) => e.Actor.Attributes?.["replicas.new"] !== undefined && e.Actor.Attributes?.name?.startsWith("shop_"))).toBe(true);
    // Something to watch every few seconds, but not a flood: task changes show in Version bumps, service events at least every minute.
    const serviceEventTimes = events.filter((e) => e.Type === "service").map((e) => e.time!);
    expect(serviceEventTimes.length).toBeGreaterThan(20);
    expect(serviceEventTimes.length).toBeLessThan(200);
    expect(swarm.now - t0).toBe(10 * 60_000);
  });

  it("never stays still for 30 s: some task changes state in every 30 s of simulated time, for 10 minutes, from any start second", () => {
    for (const offset of [0, 13_000, 41_000]) {
      const swarm = demoSwarm({ seed: 2, start: Date.parse("2026-12-03T10:00:00Z") + offset });
      const states = () =>
        swarm
          .tasks()
          .map((t) => `${t.ID}:${t.Status.State}`)
          .join();
      let seen = states();
      let quiet = 0;
      let longestQuiet = 0;
      for (let step = 0; step < 6000; step++) {
        swarm.advance(100);
        const now = states();
        quiet = now === seen ? quiet + 100 : 0;
        seen = now;
        longestQuiet = Math.max(longestQuiet, quiet);
      }
      expect(longestQuiet).toBeLessThan(30_000);
    }
  });

  it("is deterministic for a seed, life included", () => {
    const run = (seed: number) => {
      const swarm = demoSwarm({ seed });
      swarm.advance(5 * 60_000);
      return JSON.stringify([swarm.services(), swarm.tasks()]);
    };
    expect(run(7)).toBe(run(7));
    expect(run(7)).not.toBe(run(8));
  });

  it("sizes to nodes × tasks: 5 managers from 100 nodes on, the tasks spread over load stacks", () => {
    const swarm = demoSwarm({ seed: 3, nodes: 120, tasks: 3000, life: false });
    expect(swarm.nodes()).toHaveLength(120);
    expect(swarm.nodes().filter((n) => n.Spec.Role === "manager")).toHaveLength(5);
    expect(running(swarm.tasks())).toHaveLength(3000);
    expect(swarm.services().filter((s) => s.Spec.Labels?.["com.docker.stack.namespace"]?.startsWith("load")).length).toBeGreaterThan(5);
    const perNode = new Map<string, number>();
    for (const t of running(swarm.tasks())) perNode.set(t.NodeID!, (perNode.get(t.NodeID!) ?? 0) + 1);
    expect(Math.max(...perNode.values()) - Math.min(...perNode.values())).toBeLessThanOrEqual(2);
  });

  it("acts as swarm-cronjob for any service with its labels, and stops when told", () => {
    expect([...cronMinutes("*/15 * * * *")!]).toEqual([0, 15, 30, 45]);
    expect([...cronMinutes("5,7 * * * *")!]).toEqual([5, 7]);
    expect(cronMinutes("every minute")).toBeNull();
    const swarm = demoSwarm({ seed: 4, life: false });
    const life = new DemoLife(swarm, { seed: 4, updateEvery: [1e6, 1e6], scaleEvery: [1e6, 1e6] });
    swarm.createService({
      Name: "mine",
      Labels: { "swarm.cronjob.enable": "true", "swarm.cronjob.schedule": "*/2 * * * *", "com.swarmscope.demo.exit-after": "2s" },
      Mode: { Replicated: { Replicas: 0 } },
      TaskTemplate: { ContainerSpec: { Image: "lab/busybox:1" }, RestartPolicy: { Condition: "none" } },
    });
    life.start();
    swarm.advanceTo(Date.parse("2026-01-01T00:06:30Z")); // runs at 00:02, 00:04, 00:06
    expect(tasksOf(swarm, "mine").filter((t) => t.Status.State === "complete")).toHaveLength(3);
    life.stop();
    swarm.advance(6 * 60_000);
    expect(tasksOf(swarm, "mine")).toHaveLength(3);
  });
});
