"use client";
// Scheduled jobs on the stacks page: swarm-cronjob services with the schedule in words, the next run and the last runs from task history.
import { useEffect, useState } from "react";
import { StateBadge } from "@/components/ui/StateBadge";
import { useClusterStore } from "@/components/store/cluster-store";
import { scheduledJobs } from "@/lib/cron-jobs";

/** The clock, ticking every 10 s (next runs move on). */
function useMinuteClock(): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 10_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const time = (iso: string) => new Date(iso).toISOString().replace("T", " ").slice(0, 19) + " UTC";

export function ScheduledJobs() {
  const { model } = useClusterStore();
  const now = useMinuteClock();
  if (!model || !now) return null;
  const jobs = scheduledJobs(model.cluster, now);
  if (jobs.length === 0) return null;
  return (
    <section className="space-y-2">
      <h2 className="text-sm font-semibold text-zinc-100">Scheduled jobs (swarm-cronjob)</h2>
      <ul className="space-y-2">
        {jobs.map((job) => (
          <li key={job.serviceId} data-testid="cron-job" data-service={job.name} className="space-y-1 rounded-lg border border-zinc-800 bg-zinc-900/60 p-3 text-xs">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-sm text-zinc-50">{job.name}</span>
              <span className="font-mono text-zinc-500">{job.schedule}</span>
              <span data-testid="cron-words" className={job.valid ? "text-sky-200" : "text-red-300"}>
                {job.words}
              </span>
              {job.skipRunning && <span className="text-zinc-400">(skipped while a run is still going)</span>}
            </div>
            {job.nextRun && (
              <p data-testid="cron-next" className="text-zinc-300">
                Next run: <span className="font-mono">{time(job.nextRun)}</span>
              </p>
            )}
            {job.warnings.map((w) => (
              <p key={w} className="text-amber-300">
                {w}
              </p>
            ))}
            {job.lastRuns.length > 0 ? (
              <ol className="space-y-0.5">
                {job.lastRuns.map((r) => (
                  <li key={r.taskId} data-testid="cron-run" data-state={r.state} className="flex items-center gap-2">
                    <span className="font-mono text-zinc-400">{time(r.startedAt)}</span>
                    <StateBadge state={r.state} />
                    {r.exitCode !== null && <span className="font-mono text-zinc-400">exit {r.exitCode}</span>}
                    <span className="text-zinc-500">{r.nodeName ?? ""}</span>
                    {r.error && <span className="text-red-300">{r.error}</span>}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-zinc-500">No runs in the task history yet.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
