"use client";
// Live convergence of a service after an action, like the CLI: overall line, UpdateStatus, old vs new image, one line per slot, errors, phase.
import { StateBadge } from "@/components/ui/StateBadge";
import { useClusterStore } from "@/components/store/cluster-store";
import { groupProblems, phaseTone, phaseWords, updateWords } from "../operations/progress-words";
import { useServiceFollow } from "./use-service-follow";

const TONE = { good: "text-emerald-300", busy: "text-sky-300", bad: "text-red-300" };

export function ServiceProgress({ serviceId, sinceVersion }: { serviceId: string; sinceVersion: number | null }) {
  const follow = useServiceFollow(serviceId, sinceVersion);
  const service = useClusterStore().model?.cluster.services[serviceId];
  const { progress, phase, images } = follow;
  const update = updateWords(service?.update ?? null);
  const words = phaseWords(phase, { steady: follow.steady, steadySeconds: follow.steadySeconds, monitorSeconds: service?.updateConfig.monitorSeconds ?? 5 });
  return (
    <section data-testid="progress" data-phase={phase} className="space-y-2 text-xs">
      {progress && (
        <p data-testid="progress-overall" className="font-mono text-zinc-100">
          {progress.line}
        </p>
      )}
      {update && (
        <p data-testid="progress-update" data-update-state={service?.update?.state ?? ""} className="font-mono text-zinc-300">
          {update}
        </p>
      )}
      {(images.length > 1 || images.some((i) => !i.current)) && (
        <ul data-testid="progress-images" className="flex flex-wrap gap-1">
          {images.map((i) => (
            <li
              key={i.image}
              data-testid="progress-image"
              data-image={i.image}
              data-current={String(i.current)}
              className={`rounded border px-1.5 font-mono ${i.current ? "border-emerald-600/60 text-emerald-200" : "border-amber-600/60 text-amber-200"}`}
            >
              {i.current ? "new" : "old"} {i.image}: {i.tasks}
            </li>
          ))}
        </ul>
      )}
      {progress && progress.slots.length > 0 && (
        <ol className="space-y-0.5">
          {progress.slots.map((slot) => (
            <li
              key={slot.key}
              data-testid="progress-slot"
              data-label={slot.label}
              data-state={slot.state ?? ""}
              data-image={slot.image ?? ""}
              data-outdated={String(slot.outdated)}
              className="rounded bg-zinc-900/80 px-1.5 py-0.5"
            >
              <div className="flex items-center gap-1.5">
                <span className="min-w-[4rem] max-w-[11rem] shrink truncate font-mono text-zinc-100" title={slot.label}>
                  {slot.label}
                </span>
                {slot.state && <StateBadge state={slot.state} />}
                {/* The node is what people read here: it keeps its whole name; the image gives way first. */}
                <span data-testid="progress-node" className="max-w-[12rem] shrink-0 truncate text-zinc-400" title={slot.nodeName ?? "no node"}>
                  {slot.nodeName ?? "no node"}
                </span>
                <span className={`min-w-0 flex-1 truncate text-right font-mono text-[11px] ${slot.outdated ? "text-amber-300" : "text-zinc-400"}`} title={slot.image ?? ""}>
                  {slot.outdated ? "old " : ""}
                  {slot.image}
                </span>
              </div>
            </li>
          ))}
        </ol>
      )}
      {progress && progress.problems.length > 0 && (
        <ul className="space-y-0.5 rounded border border-red-800/60 bg-red-950/40 px-2 py-1">
          {groupProblems(progress.problems).map((p) => (
            <li key={p.error} data-testid="progress-problem" className="break-words text-red-200">
              <span className="font-mono">{p.labels.join(", ")}</span>: {p.error}
            </li>
          ))}
        </ul>
      )}
      <p data-testid="progress-phase" data-phase={phase} role="status" className={`font-mono font-semibold ${TONE[phaseTone(phase)]}`}>
        {phase === "converged" ? "✔ " : ""}
        {words}
      </p>
    </section>
  );
}
