// One log line: time, the `name.slot@node` prefix in its task's colour, then the text; stderr tinted red.
import { memo } from "react";
import { formatClock } from "@/components/ui/format";
import { serviceColor } from "@/components/visualizer/service-colors";
import { Highlighted } from "./Highlighted";
import type { LogEntry } from "./log-lines";

interface Props {
  line: LogEntry;
  prefix: string;
  query: string;
}

export const LogLine = memo(function LogLine({ line, prefix, query }: Props) {
  const stderr = line.stream === "stderr";
  return (
    <div
      data-testid="log-line"
      data-task-id={line.taskId ?? ""}
      data-stream={line.stream}
      className={`flex gap-2 px-3 py-px hover:bg-zinc-50/5 ${stderr ? "bg-red-950/40 text-red-200" : "text-zinc-200"}`}
    >
      <span className="shrink-0 select-none text-zinc-500" title={line.time}>
        {formatClock(line.time)}
      </span>
      <span data-testid="log-prefix" className="shrink-0" style={{ color: serviceColor(prefix).stripe }}>
        <Highlighted text={prefix} query={query} />
      </span>
      <span aria-hidden="true" className="shrink-0 select-none text-zinc-600">
        |
      </span>
      {stderr && <span className="sr-only">stderr:</span>}
      <span data-testid="log-text" className="min-w-0 whitespace-pre-wrap break-all">
        <Highlighted text={line.text} query={query} />
      </span>
    </div>
  );
});
