"use client";
// The presenter's lab guide: the Docker swarm lab's steps with a command to copy each, ticked off as the swarm shows them happen.
import { useMemo } from "react";
import { useClusterStore } from "@/components/store/cluster-store";
import { CliBox } from "@/components/ui/CliBox";
import { labGuide } from "@/lib/narration/lab-guide";
import { useNarration } from "./use-narration";

export function LabGuide() {
  const { model } = useClusterStore();
  const narration = useNarration();
  const cluster = model?.cluster;
  const worker = useMemo(() => {
    const workers = Object.values(cluster?.nodes ?? {})
      .filter((n) => n.role === "worker")
      .map((n) => n.hostname);
    return workers.sort((a, b) => a.localeCompare(b, "en", { numeric: true })).at(-1) ?? null;
  }, [cluster?.nodes]);
  const steps = labGuide(narration, { swarm: Boolean(cluster?.swarm), worker });
  return (
    <details data-testid="lab-guide" className="rounded-md border border-zinc-800 p-2">
      <summary className="cursor-pointer text-zinc-200">
        Lab guide: {steps.filter((s) => s.done).length} of {steps.length} steps seen
      </summary>
      <ol className="mt-2 space-y-1.5">
        {steps.map((step, i) => (
          <li key={step.id} data-testid="lab-step" data-step={step.id} data-done={String(step.done)} className="space-y-1">
            <span className={step.done ? "text-emerald-300" : "text-zinc-300"}>
              <span aria-hidden>{step.done ? "✓" : `${i + 1}.`}</span> {step.title}
              {step.done && <span className="sr-only"> (done)</span>}
            </span>
            <CliBox cli={step.command} testId="lab-step-cli" compact />
          </li>
        ))}
      </ol>
    </details>
  );
}
