"use client";
// Live progress of a drain: each task that had to leave the node, its replacement elsewhere, until none of them runs on the node.
import { useClusterStore } from "@/components/store/cluster-store";
import { StateBadge } from "@/components/ui/StateBadge";
import { drainProgress } from "./drain-plan";

const NONE = {};

export function DrainProgress({ nodeId, taskIds }: { nodeId: string; taskIds: string[] }) {
  const cluster = useClusterStore().model?.cluster;
  const p = drainProgress(nodeId, taskIds, cluster?.tasks ?? NONE, cluster?.services ?? NONE, cluster?.nodes ?? NONE);
  const hostname = cluster?.nodes[nodeId]?.hostname ?? nodeId.slice(0, 12);
  const phase = p.done ? "converged" : "converging";
  return (
    <section data-testid="drain-progress" data-phase={phase} data-remaining={p.remaining} className="space-y-2 text-xs">
      <p data-testid="progress-overall" className="font-mono text-zinc-100">
        moved: {p.lines.length - p.remaining} out of {p.lines.length} tasks off {hostname}
      </p>
      <ol className="space-y-0.5">
        {p.lines.map((line) => (
          <li
            key={line.taskId}
            data-testid="drain-task"
            data-task-id={line.taskId}
            data-on-node={String(line.onNode)}
            data-state={line.state ?? ""}
            className="flex flex-wrap items-center gap-1.5 rounded bg-zinc-900/80 px-1.5 py-0.5"
          >
            <span className="min-w-[6rem] max-w-[11rem] shrink-0 truncate font-mono text-zinc-100" title={line.label}>
              {line.label}
            </span>
            {line.state ? <StateBadge state={line.state} /> : <span className="text-zinc-500">removed</span>}
            <span className="text-zinc-500">{line.onNode ? `still on ${hostname}` : `off ${hostname}`}</span>
            {line.replacement ? (
              <span className="flex items-center gap-1 text-zinc-300">
                → {line.replacement.nodeName ?? "no node yet"} <StateBadge state={line.replacement.state} />
              </span>
            ) : (
              line.global && <span className="text-zinc-500">(global: not placed elsewhere)</span>
            )}
          </li>
        ))}
      </ol>
      <p data-testid="progress-phase" data-phase={phase} role="status" className={`font-mono font-semibold ${p.done ? "text-emerald-300" : "text-sky-300"}`}>
        {p.done ? `✔ none of these tasks runs on ${hostname} any more` : `${p.remaining} still running on ${hostname}…`}
      </p>
    </section>
  );
}
