"use client";
// The board: node columns side by side (plus "Unassigned"), dimmed when stale; owns card motion bookkeeping.
import { type CSSProperties, useCallback, useRef } from "react";
import type { ServiceView } from "@/lib/model-types";
import { NodeColumn } from "./NodeColumn";
import type { Board } from "./task-selection";
import { UnassignedColumn } from "./UnassignedColumn";
import { useBoardKeys } from "./use-board-keys";
import { useBoardMotion } from "./use-board-motion";

interface Props {
  board: Board;
  services: Record<string, ServiceView>;
  /** Not being kept up to date (engine or server lost): draw dimmed. */
  stale: boolean;
}

const GAP_PX = 8;

/** The columns' minimum width: what lets `count` columns share the board's width, between 120px and 200px. */
export function columnMin(count: number): CSSProperties {
  const share = `calc((100% - ${(Math.max(count, 1) - 1) * GAP_PX}px) / ${Math.max(count, 1)})`;
  return { ["--column-min" as string]: `max(120px, min(200px, ${share}))` };
}

export function NodeBoard({ board, services, stale }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const ghostMs = useBoardMotion(ref);
  useBoardKeys(ref);
  const { taskIds } = board;
  const onBoard = useCallback((id: string) => taskIds.has(id), [taskIds]);

  return (
    <div
      ref={ref}
      className={`min-h-0 flex-1 overflow-auto px-3 pb-3 transition-opacity duration-300 ${stale ? "opacity-45 saturate-50" : ""}`}
      aria-busy={stale}
      tabIndex={0}
      role="region"
      aria-label="Board: arrow keys move between nodes and tasks, Enter opens one"
    >
      {/* Columns are 200px wide at least, narrower (down to 120px) when that lets every column fit (e.g. beside the operations drawer). */}
      <div className="flex min-h-full gap-2" style={columnMin(board.columns.length + (board.unassigned.length > 0 ? 1 : 0))}>
        {board.columns.map(({ node, tasks }) => (
          <NodeColumn key={node.id} node={node} tasks={tasks} services={services} onBoard={onBoard} ghostMs={ghostMs} />
        ))}
        {board.unassigned.length > 0 && <UnassignedColumn tasks={board.unassigned} services={services} onBoard={onBoard} ghostMs={ghostMs} />}
      </div>
    </div>
  );
}
