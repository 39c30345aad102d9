"use client";
// The extra column for tasks with no node (e.g. pending "no suitable node") or with a node the swarm no longer lists.
import { BoardColumn } from "./BoardColumn";
import { plural } from "@/components/ui/format";
import { type ColumnTasks, TaskList } from "./TaskList";

export function UnassignedColumn({ tasks, services, onBoard, ghostMs }: ColumnTasks) {
  const header = (
    <>
      <div className="flex items-baseline gap-2">
        <h2 className="min-w-0 flex-1 truncate text-sm font-semibold text-amber-200">Unassigned</h2>
        <span className="shrink-0 text-[11px] tabular-nums text-zinc-400">{plural(tasks.length, "task")}</span>
      </div>
      <p className="mt-1 text-[11px] leading-snug text-zinc-400">Not placed on any node yet, or placed on a node the swarm no longer lists.</p>
    </>
  );
  return (
    <BoardColumn hooks={{ "data-testid": "unassigned" }} header={header} className="border-dashed border-amber-700/60 bg-amber-950/10">
      <TaskList tasks={tasks} services={services} onBoard={onBoard} ghostMs={ghostMs} emptyText="No tasks" />
    </BoardColumn>
  );
}
