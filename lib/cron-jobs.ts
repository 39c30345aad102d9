// Scheduled jobs: services labelled for swarm-cronjob, with the schedule in words, the next run and the last runs from task history; pure.
import { describeCron, nextRun, parseCron } from "./cron-schedule";
import type { ClusterState, TaskView } from "./model-types";

export const CRON_ENABLE = "swarm.cronjob.enable";
export const CRON_SCHEDULE = "swarm.cronjob.schedule";
export const CRON_SKIP_RUNNING = "swarm.cronjob.skip-running";

export interface JobRun {
  taskId: string;
  /** When the run's task was created (swarm-cronjob scales the service up or forces an update to start one). */
  startedAt: string;
  state: TaskView["state"];
  exitCode: number | null;
  nodeName: string | null;
  error: string | null;
}

export interface ScheduledJob {
  serviceId: string;
  name: string;
  stack: string | null;
  schedule: string;
  /** The schedule in words, or why it cannot be read. */
  words: string;
  valid: boolean;
  skipRunning: boolean;
  /** ISO time of the next run (UTC), null when the schedule is unreadable. */
  nextRun: string | null;
  lastRuns: JobRun[];
  /** Settings swarm-cronjob's docs ask for that this service lacks (replicas 0, restart condition none). */
  warnings: string[];
}

const truthy = (v: string | undefined) => v !== undefined && ["true", "1", "yes"].includes(v.trim().toLowerCase());

/** Every service with swarm.cronjob.enable=true, by name; `now` for the next run. `runs`: how many past runs to keep. */
export function scheduledJobs(view: Pick<ClusterState, "services" | "tasks" | "nodes">, now: Date, runs = 5): ScheduledJob[] {
  const tasksBy = new Map<string, TaskView[]>();
  for (const t of Object.values(view.tasks)) tasksBy.set(t.serviceId, [...(tasksBy.get(t.serviceId) ?? []), t]);
  return Object.values(view.services)
    .filter((s) => truthy(s.labels[CRON_ENABLE]))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => {
      const schedule = s.labels[CRON_SCHEDULE] ?? "";
      const parsed = schedule ? parseCron(schedule) : { error: `no ${CRON_SCHEDULE} label` };
      const valid = !("error" in parsed);
      const warnings: string[] = [];
      if (s.mode === "replicated" && s.replicas !== 0) warnings.push(`replicas is ${s.replicas}; swarm-cronjob jobs are deployed with replicas: 0`);
      if (s.restartCondition !== "none") warnings.push(`restart condition is ${s.restartCondition}; jobs need restart_policy condition: none or they run again when they exit`);
      const lastRuns = (tasksBy.get(s.id) ?? [])
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
        .slice(0, runs)
        .map((t) => ({
          taskId: t.id,
          startedAt: t.createdAt,
          state: t.state,
          exitCode: t.exitCode,
          nodeName: t.nodeId ? (view.nodes[t.nodeId]?.hostname ?? null) : null,
          error: t.error,
        }));
      return {
        serviceId: s.id,
        name: s.name,
        stack: s.stack,
        schedule,
        words: "error" in parsed ? parsed.error : describeCron(parsed),
        valid,
        skipRunning: truthy(s.labels[CRON_SKIP_RUNNING]),
        nextRun: "error" in parsed ? null : (nextRun(parsed, now)?.toISOString() ?? null),
        lastRuns,
        warnings,
      };
    });
}
