"use client";
// /present: the projection view — read-only, full screen, fitted to the screen, themed, narrated, and steered by the presenter's state;
// with ?at= the same board shows a recorded moment (components/history) under a replay banner, without the live narration.
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef } from "react";
import { ReplayBanner } from "@/components/history/ReplayBanner";
import { useBoardSource } from "@/components/history/use-board-source";
import { connectionView } from "@/components/visualizer/connection-view";
import { buildBoard } from "@/components/visualizer/task-selection";
import { useBoardMotion } from "@/components/visualizer/use-board-motion";
import { useHeldBack } from "@/components/visualizer/use-held-back";
import { plural } from "@/components/ui/format";
import type { ServiceView } from "@/lib/model-types";
import { DEFAULT_PRESENTATION, presentationId } from "@/lib/presentation";
import { fitBoard } from "./fit";
import { NarrationStrip } from "./NarrationStrip";
import { boardSize, presenterFilter } from "./present-board";
import { PresentColumn } from "./PresentColumn";
import { serviceMarks, THEMES } from "./theme";
import { useNarration } from "./use-narration";
import { useDemoTitle } from "@/components/nav/DemoBanner";
import { usePresentTheme } from "./use-present-theme";
import { usePresenterState } from "./use-presenter";
import { useViewport } from "./use-viewport";

const NO_SERVICES: Record<string, ServiceView> = {};

export function PresentView() {
  const params = useSearchParams();
  const asked = params.get("p");
  const presentation = asked && presentationId.safeParse(asked).success ? asked : DEFAULT_PRESENTATION;
  const theme = THEMES[usePresentTheme(params.get("theme"))];
  const { socket, model, replay } = useBoardSource();
  const presenter = usePresenterState(presentation);
  const narration = useNarration();
  const viewport = useViewport();
  const ref = useRef<HTMLDivElement>(null);
  const ghostMs = useBoardMotion(ref);

  const cluster = model?.cluster ?? null;
  const services = cluster?.services ?? NO_SERVICES;
  const heldBack = useHeldBack(cluster?.tasks);
  const filter = useMemo(() => presenterFilter(presenter?.state ?? null), [presenter]);
  const board = useMemo(() => (cluster ? buildBoard(cluster, filter, heldBack) : null), [cluster, filter, heldBack]);
  const marks = useMemo(() => serviceMarks(Object.values(services).map((s) => s.name)), [services]);
  const fit = fitBoard({ ...viewport, ...(board ? boardSize(board) : { columns: 1, maxTasks: 0, labelChars: 2 }) });
  const taskIds = board?.taskIds;
  const onBoard = useCallback((id: string) => taskIds?.has(id) ?? false, [taskIds]);
  const view = connectionView(socket, model);
  const spotlight = presenter?.state.spotlight ?? null;
  const swarm = cluster?.swarm ?? null;
  const simulated = cluster?.engine.simulated === true;
  /** What every column of the board shares. */
  const shared = { nodes: cluster?.nodes ?? {}, services, marks, fit, theme, spotlight, onBoard, ghostMs };
  useDemoTitle(simulated);

  return (
    <div
      data-testid="present"
      data-theme={theme.name}
      data-mode={fit.mode}
      data-presentation={presentation}
      data-spotlight={spotlight ? `${spotlight.kind}:${spotlight.name}` : ""}
      data-history={String(filter.history)}
      className={`flex flex-col ${fit.stacked ? "min-h-screen" : "h-screen overflow-hidden"}`}
      style={{ background: theme.page, color: theme.text }}
    >
      <header
        className="flex shrink-0 items-center gap-x-4 overflow-hidden"
        style={{ height: fit.stacked ? undefined : fit.barHeight, padding: `0 ${fit.pad}px`, fontSize: fit.text }}
      >
        <h1 className="font-bold" style={{ fontSize: Math.round(fit.text * 1.4) }}>
          Swarmscope
        </h1>
        {simulated && (
          <span data-testid="demo-banner" role="note" className="shrink-0 font-bold" style={{ color: theme.text }}>
            Demo swarm (simulated)
          </span>
        )}
        <span style={{ color: theme.muted }}>{swarm ? `${plural(swarm.managers, "manager")} · ${plural(swarm.workers, "worker")}` : "—"}</span>
        {board && <span style={{ color: theme.muted }}>{plural(board.taskIds.size, "task")}</span>}
        {spotlight && (
          <span data-testid="spotlight" className="truncate font-bold">
            Spotlight: {spotlight.kind} {spotlight.name}
          </span>
        )}
        {!replay && (
          <span data-testid="connection" data-state={view.state} className="ml-auto shrink-0 font-bold" style={{ color: view.state === "live" ? theme.good : theme.bad }}>
            {view.state === "live" ? "● Live" : `○ ${view.title}`}
          </span>
        )}
      </header>
      {replay && <ReplayBanner replay={replay} style={{ color: theme.text, muted: theme.muted, accent: theme.good, fontSize: Math.round(fit.text * 0.8) }} />}
      <div ref={ref} className={`flex min-h-0 flex-1 ${fit.stacked ? "flex-col" : ""}`} style={{ gap: fit.columnGap, padding: `0 ${fit.pad}px ${fit.pad}px` }}>
        {board?.columns.map(({ node, tasks }) => (
          <PresentColumn key={node.id} node={node} tasks={tasks} {...shared} />
        ))}
        {board && board.unassigned.length > 0 && <PresentColumn node={null} tasks={board.unassigned} {...shared} />}
      </div>
      {!replay && <NarrationStrip items={narration} fit={fit} theme={theme} />}
    </div>
  );
}
