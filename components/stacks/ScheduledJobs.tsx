"use client";
// Scheduled jobs (swarm-cronjob labels): placeholder until the schedule reader lands.
export function ScheduledJobs() {
  return null;
}
