// The key to the topology's shapes, and how many of each are drawn.
import type { TopoGraph } from "./topology-graph";
import { countByKind } from "./topology-diff";
import { plural } from "@/components/ui/format";

export function TopologyLegend({ graph }: { graph: TopoGraph }) {
  const counts = countByKind(graph.nodes);
  return (
    <ul data-testid="topology-legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-400">
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border border-sky-400 bg-zinc-800" />
        {plural(counts.node, "node")}
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block h-3 w-5 rounded-full border border-violet-400 bg-violet-950" />
        {plural(counts.network, "overlay network")}
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-emerald-400" />
        {plural(counts.task, "task")} (colour: service)
      </li>
      <li className="text-zinc-500">Hover or focus to follow the lines; click a network for its details; scroll to zoom, drag to pan.</li>
    </ul>
  );
}
