// The key to the topology's shapes and the services' colours, and how many of each are drawn.
import type { TopoGraph } from "./topology-graph";
import { countByKind } from "./topology-diff";
import { plural } from "@/components/ui/format";
import { serviceColor } from "@/components/visualizer/service-colors";

/** The services the drawn tasks belong to, by name. */
function servicesDrawn(graph: TopoGraph): string[] {
  const names = new Set<string>();
  for (const n of graph.nodes) if (n.kind === "task" && n.serviceName) names.add(n.serviceName);
  return [...names].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

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
      {servicesDrawn(graph).map((name) => (
        <li key={name} data-testid="topology-legend-service" data-service-name={name} className="flex items-center gap-1.5 font-mono text-zinc-300">
          <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: serviceColor(name).stripe }} />
          {name}
        </li>
      ))}
      <li className="text-zinc-500">Hover or focus to follow the lines; click a network for its details; scroll to zoom (task names show), drag to pan.</li>
    </ul>
  );
}
