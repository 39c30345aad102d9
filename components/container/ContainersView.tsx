"use client";
// /containers: every container on the nodes Swarmscope can inspect, with its network facts; read again when task containers change or on Refresh.
import { useMemo, useState } from "react";
import { useGet } from "@/components/request/use-get";
import { PageShell } from "@/components/nav/PageShell";
import { useClusterStore } from "@/components/store/cluster-store";
import { plural } from "@/components/ui/format";
import type { ContainerNetworkFacts } from "@/lib/detail-types";
import { ContainerRow } from "./ContainerRow";
import { sortContainers, taskContainerSignature } from "./container-view";
import { Problem } from "@/components/ui/Problem";
import { DemoLimit } from "@/components/nav/DemoBanner";
import { DEMO_NO_CONTAINERS } from "@/lib/demo-engine";

interface ContainersAnswer {
  containers: ContainerNetworkFacts[];
  unreachable: string[];
}

export function ContainersView() {
  const { model } = useClusterStore();
  const tasks = model?.cluster.tasks;
  const [refreshes, setRefreshes] = useState(0);
  const [showTasks, setShowTasks] = useState(true);
  const signature = useMemo(() => (tasks ? taskContainerSignature(tasks) : ""), [tasks]);
  const { data, error } = useGet<ContainersAnswer>("/api/v1/containers", `${refreshes}/${signature}`);
  const all = useMemo(() => sortContainers(data?.containers ?? []), [data]);
  const shown = showTasks ? all : all.filter((c) => c.taskId === null);
  const nodes = [...new Set(all.map((c) => c.node))].sort();

  return (
    <PageShell
      title="Containers"
      actions={
        <>
          <label className="flex items-center gap-1.5 text-xs text-zinc-300">
            <input type="checkbox" data-testid="show-task-containers" checked={showTasks} onChange={(e) => setShowTasks(e.target.checked)} className="accent-sky-500" />
            Include swarm task containers
          </label>
          <button
            type="button"
            data-testid="refresh-containers"
            onClick={() => setRefreshes((n) => n + 1)}
            className="rounded-md border border-zinc-700 px-2.5 py-1 text-xs text-zinc-200 hover:bg-zinc-800"
          >
            Refresh
          </button>
        </>
      }
    >
      <div className="space-y-3 px-3 pb-8">
        <p className="text-xs text-zinc-400">
          {data ? `${plural(shown.length, "container")} on ${nodes.length ? nodes.join(", ") : "no node"}. ` : "Reading the containers… "}
          Swarmscope inspects the manager it watches and the nodes named in SWARMSCOPE_NODE_HOSTS.
        </p>
        <DemoLimit>No containers to show: {DEMO_NO_CONTAINERS}. The swarm&apos;s nodes, services and tasks are on the other pages.</DemoLimit>
        <Problem of={error} boxed testId="containers-error" />
        {data && data.unreachable.length > 0 && (
          <p data-testid="containers-unreachable" className="rounded-lg border border-amber-700/60 bg-amber-950/40 px-3 py-2 text-xs text-amber-100">
            Could not read the containers of {data.unreachable.join(", ")}.
          </p>
        )}
        <ul className="space-y-2">
          {shown.map((c) => (
            <ContainerRow key={`${c.node}/${c.id}`} container={c} all={all} />
          ))}
        </ul>
      </div>
    </PageShell>
  );
}
