"use client";
// The topology page: swarm nodes, overlay networks and tasks as one live force graph, with a running-only / all-tasks switch.
import { useMemo, useState } from "react";
import { PageShell } from "@/components/nav/PageShell";
import { useClusterStore } from "@/components/store/cluster-store";
import { isStale } from "@/components/visualizer/connection-view";
import { focusSummary, readoutSide } from "./focus-summary";
import { FocusReadout } from "./FocusReadout";
import { buildTopology } from "./topology-graph";
import { TopologyGraph } from "./TopologyGraph";
import { TopologyLegend } from "./TopologyLegend";

export function TopologyView() {
  const { socket, model } = useClusterStore();
  const [allTasks, setAllTasks] = useState(false);
  const [focus, setFocus] = useState<string | null>(null);
  const cluster = model?.cluster ?? null;
  const nodes = cluster?.nodes;
  const services = cluster?.services;
  const tasks = cluster?.tasks;
  const networks = cluster?.networks;
  const graph = useMemo(
    () => (nodes && services && tasks && networks ? buildTopology({ nodes, services, tasks, networks }, { allTasks }) : null),
    [nodes, services, tasks, networks, allTasks],
  );
  const summary = useMemo(() => (graph ? focusSummary(graph, focus) : null), [graph, focus]);

  return (
    <PageShell
      title="Topology"
      fill
      actions={
        <label className="flex items-center gap-1.5 text-xs text-zinc-300">
          <input type="checkbox" data-testid="topology-all-tasks" checked={allTasks} onChange={(e) => setAllTasks(e.target.checked)} className="accent-sky-500" />
          All tasks (not only running)
        </label>
      }
    >
      {graph && (
        <div className="flex min-h-0 flex-1 flex-col px-3 pb-2">
          <TopologyLegend graph={graph} />
          <div className="relative mt-1 min-h-0 flex-1 rounded-lg border border-zinc-800 bg-zinc-950">
            <TopologyGraph graph={graph} stale={isStale(socket, model)} onFocus={setFocus} />
            <FocusReadout summary={summary} side={graph ? readoutSide(graph, focus) : "right"} />
          </div>
        </div>
      )}
    </PageShell>
  );
}
