"use client";
// One task's path through its states (GET /api/v1/tasks/:id/history), oldest first: when, state, desired state, node, message, error — "why did it fail".
import { useGet } from "@/components/request/use-get";
import { MISSING } from "@/components/ui/format";
import { Problem } from "@/components/ui/Problem";
import { StateBadge } from "@/components/ui/StateBadge";
import { formatDateTime } from "@/components/ui/time-format";
import type { TaskHistory } from "@/lib/history-types";

export function TaskStatePath({ taskId }: { taskId: string }) {
  const history = useGet<TaskHistory>(`/api/v1/tasks/${encodeURIComponent(taskId)}/history`);
  if (history.error) return <Problem of={history.error} prefix="No state path:" testId="task-state-path-error" />;
  if (!history.data) return <p className="text-zinc-500">Reading the task's states…</p>;
  return (
    <ol data-testid="task-state-path" data-task-id={taskId} className="space-y-0.5">
      {history.data.states.map((s, i) => (
        <li key={`${s.at}-${i}`} data-testid="task-state-step" data-state={s.state} className="flex flex-wrap items-baseline gap-x-2">
          <span className="tabular-nums text-zinc-400">{formatDateTime(s.at)}</span>
          <span className="inline-flex items-center gap-1">
            <StateBadge state={s.state} compact />
            <span className="text-zinc-200">{s.state}</span>
          </span>
          <span className="text-zinc-500">desired {s.desiredState}</span>
          <span className="text-zinc-500">on {s.node ?? s.nodeId ?? MISSING}</span>
          {s.message && <span className="text-zinc-300">“{s.message}”</span>}
          {s.exitCode !== null && s.exitCode !== 0 && <span className="text-red-300">exit code {s.exitCode}</span>}
          {s.error && <span className="break-words text-red-300">error: {s.error}</span>}
        </li>
      ))}
    </ol>
  );
}
