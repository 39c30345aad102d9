// Unit tests: labelled services become scheduled jobs with words, next run, last runs (newest first) and the settings they lack.
import { describe, expect, it } from "vitest";
import { byId, node, service, task } from "@/test/fixtures/views";
import { scheduledJobs } from "./cron-jobs";

describe("scheduledJobs", () => {
  const labels = { "swarm.cronjob.enable": "true", "swarm.cronjob.schedule": "*/5 * * * *", "swarm.cronjob.skip-running": "true" };
  const view = {
    nodes: byId(node({ id: "n1", hostname: "worker1" })),
    services: byId(
      service({ id: "s1", name: "backup", labels, replicas: 0, restartCondition: "none", stack: "ops" }),
      service({ id: "s2", name: "web", labels: {} }),
      service({ id: "s3", name: "broken", labels: { "swarm.cronjob.enable": "true", "swarm.cronjob.schedule": "every day" }, replicas: 1 }),
    ),
    tasks: byId(
      task({ id: "t1", serviceId: "s1", nodeId: "n1", state: "complete", exitCode: 0, createdAt: "2026-11-28T20:00:00Z" }),
      task({ id: "t2", serviceId: "s1", nodeId: "n1", state: "failed", exitCode: 2, createdAt: "2026-11-28T20:05:00Z", error: "task: non-zero exit (2)" }),
    ),
  };

  it("lists labelled services only, with the schedule in words and the next run", () => {
    const jobs = scheduledJobs(view, new Date("2026-11-28T20:07:00Z"));
    expect(jobs.map((j) => j.name)).toEqual(["backup", "broken"]);
    expect(jobs[0]).toMatchObject({ words: "every 5 minutes", valid: true, skipRunning: true, nextRun: "2026-11-28T20:10:00.000Z", warnings: [], stack: "ops" });
  });

  it("shows the last runs newest first, with exit codes and nodes", () => {
    const [backup] = scheduledJobs(view, new Date("2026-11-28T20:07:00Z"));
    expect(backup.lastRuns.map((r) => [r.taskId, r.state, r.exitCode, r.nodeName])).toEqual([
      ["t2", "failed", 2, "worker1"],
      ["t1", "complete", 0, "worker1"],
    ]);
  });

  it("says why a schedule cannot be read and which job settings are missing", () => {
    const broken = scheduledJobs(view, new Date())[1];
    expect(broken.valid).toBe(false);
    expect(broken.nextRun).toBeNull();
    expect(broken.words).toMatch(/fields/);
    expect(broken.warnings).toHaveLength(2);
  });
});
