"use client";
// The cards of one column, full or compact, with just-departed tasks kept briefly as fading ghosts.
import type { ServiceView, TaskView } from "@/lib/model-types";
import { COMPACT_ABOVE } from "./task-selection";
import { TaskCard } from "./TaskCard";
import { usePresence } from "./use-presence";

export interface TaskListProps {
  tasks: readonly TaskView[];
  services: Record<string, ServiceView>;
  /** Is this task id anywhere on the board (then it moved rather than left)? */
  onBoard: (taskId: string) => boolean;
  ghostMs: number;
  emptyText: string;
}

/** What a board column passes through to its TaskList (the column picks the empty text). */
export type ColumnTasks = Omit<TaskListProps, "emptyText">;

const taskKey = (task: TaskView) => task.id;

export function TaskList({ tasks, services, onBoard, ghostMs, emptyText }: TaskListProps) {
  const shown = usePresence(tasks, taskKey, onBoard, ghostMs);
  const compact = tasks.length > COMPACT_ABOVE;
  if (shown.length === 0) {
    return <p className="px-1 py-3 text-center text-[11px] text-zinc-500">{emptyText}</p>;
  }
  return (
    <div className={compact ? "grid grid-cols-2 gap-[3px]" : "flex flex-col gap-1.5"}>
      {shown.map(({ item, leaving }) => (
        <TaskCard key={item.id} task={item} service={services[item.serviceId]} compact={compact} leaving={leaving} />
      ))}
    </div>
  );
}
