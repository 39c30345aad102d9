"use client";
// Live service logs (`docker service logs -f --tail N --no-task-ids`): follow/pause, tail, search with highlights, errors said plainly.
// Pause freezes what is drawn while the stream keeps collecting (up to MAX_LOG_LINES); Follow draws what came meanwhile.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useClusterStore } from "@/components/store/cluster-store";
import { Section } from "@/components/ui/Section";
import { DEFAULT_TAIL, filterLines, logPrefix, type LogEntry, MAX_LOG_LINES } from "./log-lines";
import { LogLine } from "./LogLine";
import { LogToolbar } from "./LogToolbar";
import { useServiceLogs } from "./use-service-logs";

const NONE = {};

export function LogsPanel({ serviceId, serviceName }: { serviceId: string; serviceName: string }) {
  const [tail, setTail] = useState<number>(DEFAULT_TAIL);
  const [query, setQuery] = useState("");
  /** While paused: the first sequence number not drawn. */
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const logs = useServiceLogs(serviceId, tail);
  const { model } = useClusterStore();
  const tasks = model?.cluster.tasks ?? NONE;
  const nodes = model?.cluster.nodes ?? NONE;

  const prefixOf = useCallback((l: LogEntry) => logPrefix(l, { serviceName, tasks, nodes }), [serviceName, tasks, nodes]);
  const drawn = useMemo(() => (pausedAt === null ? logs.lines : logs.lines.filter((l) => l.seq < pausedAt)), [logs.lines, pausedAt]);
  const pending = logs.lines.length - drawn.length;
  const shown = useMemo(() => filterLines(drawn, query, prefixOf), [drawn, query, prefixOf]);

  // Keep the newest line in view while following, unless the reader scrolled up.
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const last = shown.length ? shown[shown.length - 1].seq : -1;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && atBottom.current && pausedAt === null) el.scrollTop = el.scrollHeight;
  }, [last, pausedAt]);

  const togglePause = () => setPausedAt((p) => (p === null ? logs.nextSeq : null));
  const changeTail = (n: number) => {
    setPausedAt(null);
    setTail(n);
  };

  return (
    <Section
      title="Logs"
      testId="logs-panel"
      aside={
        <span className="font-mono text-[11px] text-zinc-500">
          docker service logs -f --tail {tail} {serviceName}
        </span>
      }
    >
      <div data-paused={pausedAt !== null ? "true" : "false"} data-pending={pending} data-total={logs.lines.length} data-testid="logs-state" className="space-y-2">
        <LogToolbar
          paused={pausedAt !== null}
          onTogglePause={togglePause}
          pending={pending}
          tail={tail}
          onTail={changeTail}
          query={query}
          onQuery={setQuery}
          shown={shown.length}
          total={drawn.length}
        />
        {logs.error && (
          <div data-testid="logs-error" role="alert" className="rounded-md border border-red-700/70 bg-red-950/60 px-3 py-2 text-sm text-red-100">
            <span className="mr-1 font-semibold text-red-300">Cannot read the logs:</span>
            {logs.error}
          </div>
        )}
        {logs.ended && !logs.error && (
          <p data-testid="logs-ended" className="text-xs text-amber-300">
            The log stream ended (the service may have been removed).
          </p>
        )}
        <div
          ref={scroller}
          onScroll={(e) => {
            const el = e.currentTarget;
            atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
          }}
          role="log"
          aria-label={`Logs of ${serviceName}`}
          className="h-[26rem] overflow-y-auto rounded-md border border-zinc-800 bg-zinc-950/80 py-1 font-mono text-[12px] leading-[18px]"
        >
          {shown.length === 0 ? (
            <p className="px-3 py-2 text-zinc-500">{logs.error ? "No lines." : query.trim() && drawn.length ? "No line matches the search." : "Waiting for log lines…"}</p>
          ) : (
            shown.map((line) => <LogLine key={line.seq} line={line} prefix={prefixOf(line)} query={query} />)
          )}
        </div>
        <p className="text-[11px] text-zinc-500">
          Each line starts with the task (service.slot) and the node it ran on. The newest {MAX_LOG_LINES} lines are kept; Pause stops drawing new lines but keeps collecting them.
        </p>
      </div>
    </Section>
  );
}
