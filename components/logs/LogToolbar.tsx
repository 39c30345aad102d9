// The logs panel's controls: follow/pause, tail N, search, and what is shown.
import { Choice } from "@/components/ui/Choice";
import { TextBox } from "@/components/ui/TextBox";
import { TAIL_CHOICES } from "./log-lines";

interface Props {
  paused: boolean;
  onTogglePause: () => void;
  /** Lines collected while paused, not drawn yet. */
  pending: number;
  tail: number;
  onTail: (tail: number) => void;
  query: string;
  onQuery: (query: string) => void;
  shown: number;
  total: number;
}

const control = "rounded-md border border-zinc-700 bg-zinc-900 px-2 py-1 text-xs text-zinc-100 hover:border-zinc-500 focus:border-sky-500 focus:outline-none";

const SEARCH = "w-48 placeholder:text-zinc-500";

export function LogToolbar({ paused, onTogglePause, pending, tail, onTail, query, onQuery, shown, total }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        data-testid="logs-pause"
        aria-pressed={paused}
        onClick={onTogglePause}
        className={`${control} inline-flex items-center gap-1.5 font-medium ${paused ? "border-amber-500/60 text-amber-200" : ""}`}
        title={paused ? "Draw the lines collected meanwhile and follow new ones" : "Stop drawing new lines (they are still collected)"}
      >
        <span aria-hidden="true">{paused ? "▶" : "❚❚"}</span>
        {paused ? "Follow" : "Pause"}
      </button>
      <span data-testid="logs-status" className="inline-flex items-center gap-1.5 text-xs text-zinc-400">
        <span aria-hidden="true" className={`h-2 w-2 rounded-full ${paused ? "bg-amber-400" : "animate-pulse bg-emerald-400"}`} />
        {paused ? `Paused · ${pending} new ${pending === 1 ? "line" : "lines"} waiting` : "Following"}
      </span>
      <label className="ml-auto inline-flex items-center gap-1.5 text-xs text-zinc-400">
        Tail
        <Choice testId="logs-tail" value={tail} choices={TAIL_CHOICES} onChange={(n) => onTail(Number(n))} className={control} />
      </label>
      <TextBox type="search" testId="logs-search" value={query} onChange={onQuery} placeholder="Search lines" label="Search log lines" className={`${control} ${SEARCH}`} />
      <span data-testid="logs-count" className="text-xs tabular-nums text-zinc-400">
        {query.trim() ? `${shown} of ${total} lines` : `${total} ${total === 1 ? "line" : "lines"}`}
      </span>
    </div>
  );
}
