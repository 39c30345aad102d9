"use client";
// One task as a card: service.slot (links to the service's page, the task's state path open there), state badge, image and problem text; compact when its column is crowded.
import Link from "next/link";
import { memo, useRef } from "react";
import type { ServiceView, TaskView } from "@/lib/model-types";
import { isTerminal, taskStateStyle } from "@/lib/task-states";
import { formatClock, orDash } from "@/components/ui/format";
import { serviceColor } from "./service-colors";
import { StateBadge } from "@/components/ui/StateBadge";
import { isFailure } from "./failures";
import { isStopping, knownServiceName, serviceNameOf, taskName, taskProblem } from "./task-display";
import { taskHooks } from "./test-hooks";
import { useTaskMotion } from "./use-task-motion";
import { CELL_ATTR } from "./use-board-keys";
import { FOCUS_RING } from "@/components/ui/styles";

interface Props {
  task: TaskView;
  service: ServiceView | undefined;
  compact: boolean;
  /** A ghost: the task just left the board and fades out. */
  leaving: boolean;
}

function tooltip(name: string, task: TaskView, problem: string | null): string {
  const lines = [
    `${name} — ${taskStateStyle(task.state).label} since ${formatClock(task.stateSince)}`,
    `image: ${orDash(task.image)}`,
    `desired state: ${orDash(task.desiredState)}`,
    `task ${task.id}`,
  ];
  if (problem) lines.push(problem);
  return lines.join("\n");
}

/** The task's name, linking to its service's page (with this task's state path open) when the service is known. */
function TaskName({ name, serviceId, taskId }: { name: string; serviceId: string | null; taskId: string }) {
  if (!serviceId) return name;
  return (
    <Link href={`/services/${encodeURIComponent(serviceId)}?task=${encodeURIComponent(taskId)}`} prefetch={false} className="hover:underline">
      {name}
    </Link>
  );
}

export const TaskCard = memo(function TaskCard({ task, service, compact, leaving }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const stopping = isStopping(task);
  useTaskMotion(ref, task, leaving, stopping);

  const serviceName = serviceNameOf(service, task);
  const name = taskName(task, serviceName);
  const problem = taskProblem(task);
  const color = serviceColor(knownServiceName(service, task) ?? task.serviceId);
  const ended = isTerminal(task.state);
  // A failed/rejected card is a past attempt (shown so the failure is visible), not something running now.
  const past = isFailure(task);

  const hooks = taskHooks(task, service, leaving);

  return (
    <div
      ref={ref}
      {...hooks}
      data-task-id={task.id}
      data-motion-id={task.id}
      data-past-failure={past ? "true" : undefined}
      {...(leaving ? {} : { [CELL_ATTR]: "", tabIndex: -1 })}
      title={tooltip(name, task, problem)}
      className={`relative min-w-0 rounded-md border border-l-4 ${past ? "border-red-900/90" : "border-zinc-700/80"} bg-zinc-900 shadow-sm shadow-black/30 ${
        compact ? "px-1.5 py-px" : "px-2 py-1.5"
      } ${stopping ? "border-dashed" : ""} ${leaving ? "task-leave" : ""} ${compact && problem ? "ring-1 ring-red-500/70" : ""} ${FOCUS_RING}`}
      style={{ borderLeftColor: color.stripe, backgroundImage: ended ? undefined : `linear-gradient(90deg, ${color.soft}, transparent 70%)` }}
    >
      {compact ? (
        <div className="flex items-center gap-1">
          <span className={`min-w-0 flex-1 truncate text-[11px] font-semibold ${ended ? "text-zinc-400" : "text-zinc-100"}`}>
            <TaskName name={name} serviceId={service && !leaving ? service.id : null} taskId={task.id} />
          </span>
          <StateBadge state={task.state} compact />
        </div>
      ) : (
        <>
          <div className="flex items-center gap-1.5">
            <span className={`min-w-0 flex-1 truncate text-[13px] font-semibold ${ended ? "text-zinc-400" : "text-zinc-50"}`}>
              <TaskName name={name} serviceId={service && !leaving ? service.id : null} taskId={task.id} />
            </span>
            <StateBadge state={task.state} />
          </div>
          <div className="mt-0.5 flex items-center gap-1.5 text-[11px] text-zinc-400">
            <span className="min-w-0 flex-1 truncate font-mono">{orDash(task.image)}</span>
            {stopping && <span className="shrink-0 rounded border border-amber-500/50 px-1 text-amber-300">→ {taskStateStyle(task.desiredState).label.toLowerCase()}</span>}
          </div>
          {problem && (
            <p className="mt-1 line-clamp-3 break-words text-[11px] leading-snug text-red-300">
              {past && (
                <span
                  data-testid="past-failure"
                  className="mr-1 rounded bg-red-950 px-1 font-semibold uppercase tracking-wide text-red-200"
                  title="A past attempt that ended in error; it is not running"
                >
                  past failure {formatClock(task.stateSince)}
                </span>
              )}
              {problem}
            </p>
          )}
        </>
      )}
    </div>
  );
});
