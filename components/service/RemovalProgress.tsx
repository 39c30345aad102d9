"use client";
// Live progress of a service removal: its tasks shutting down, until the service and its tasks are gone.
import { useClusterStore } from "@/components/store/cluster-store";
import { followRemoval } from "./follow-service";

const NONE = {};

export function RemovalProgress({ serviceId }: { serviceId: string }) {
  const cluster = useClusterStore().model?.cluster;
  const r = followRemoval(serviceId, cluster?.services ?? NONE, cluster?.tasks ?? NONE);
  const phase = r.done ? "removed" : "removing";
  return (
    <section data-testid="progress" data-phase={phase} className="space-y-1 text-xs">
      <p data-testid="progress-overall" className="font-mono text-zinc-100">
        {r.listed ? "the service is still listed; " : ""}
        {r.remaining} task{r.remaining === 1 ? "" : "s"} still up
      </p>
      <p data-testid="progress-phase" data-phase={phase} role="status" className={`font-mono font-semibold ${r.done ? "text-emerald-300" : "text-sky-300"}`}>
        {r.done ? "✔ removed: the service and its tasks are gone" : "shutting its tasks down…"}
      </p>
    </section>
  );
}
