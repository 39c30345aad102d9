"use client";
// The visualizer view: header, connection banner, the node board (or the EngineProblem panel when there is nothing real), the operations drawer
// and the timeline bar; with ?at= the same board shows a recorded moment (components/history), under a replay banner and without any action control.
import { useMemo } from "react";
import { ActionDrawer } from "@/components/operations/ActionDrawer";
import { OperationsProvider } from "@/components/operations/operations";
import { ReplayBanner } from "@/components/history/ReplayBanner";
import { TimelineBar } from "@/components/history/TimelineBar";
import { useBoardSource } from "@/components/history/use-board-source";
import { useMomentNav } from "@/components/history/use-moment-nav";
import type { ServiceView } from "@/lib/model-types";
import { ConnectionBanner } from "./ConnectionBanner";
import { connectionView, isStale, needsProblemPanel } from "./connection-view";
import { findFailures } from "./failures";
import { Header } from "./Header";
import { NodeBoard } from "./NodeBoard";
import { buildBoard } from "./task-selection";
import { useHeldBack } from "./use-held-back";
import { useViewFilter } from "./use-view-filter";

const NO_SERVICES: Record<string, ServiceView> = {};

export function Visualizer() {
  const { socket, model, moment, replay } = useBoardSource();
  const go = useMomentNav();
  const [filter, setFilter] = useViewFilter();
  const cluster = model?.cluster ?? null;
  const nodes = cluster?.nodes;
  const tasks = cluster?.tasks;
  const services = cluster?.services ?? NO_SERVICES;

  const heldBack = useHeldBack(tasks);
  const board = useMemo(() => (nodes && tasks ? buildBoard({ nodes, tasks, services }, filter, heldBack) : null), [nodes, tasks, services, filter, heldBack]);
  const problems = useMemo(() => (tasks ? findFailures({ tasks, services }).problems : undefined), [tasks, services]);
  const view = connectionView(socket, model);
  // While replaying, a moment not (yet) loaded or refused draws no board: the replay banner says why.
  const panel = replay ? false : needsProblemPanel(model);

  return (
    <OperationsProvider off={replay !== null}>
      <div className="flex h-screen flex-col overflow-hidden">
        <Header
          swarm={cluster?.swarm ?? null}
          services={services}
          shownTasks={panel ? null : (board?.taskIds.size ?? null)}
          filter={filter}
          setFilter={setFilter}
          showLegend={!panel && model !== null}
          problems={problems}
          replaying={replay !== null}
        />
        {replay ? <ReplayBanner replay={replay} /> : <ConnectionBanner view={view} updatedAt={model?.updatedAt ?? null} engine={cluster?.engine ?? null} full={panel} />}
        {!panel && board ? (
          <div className="flex min-h-0 flex-1">
            <div className="flex min-w-0 flex-1 flex-col">
              <NodeBoard board={board} services={services} stale={!replay && isStale(socket, model)} />
            </div>
            {!replay && <ActionDrawer />}
          </div>
        ) : (
          replay && <div className="min-h-0 flex-1" />
        )}
        {!panel && <TimelineBar at={moment.live ? null : moment.ms} ready={replay ? !replay.loading : true} go={go} />}
      </div>
    </OperationsProvider>
  );
}
