"use client";
// The board's controls: the service/stack filter box, chips for exact service/stack filters, and the history toggle.
import { useEffect, useRef, useState } from "react";
import { TextBox } from "@/components/ui/TextBox";
import type { SetViewFilter } from "./use-view-filter";
import type { ViewFilter } from "./view-filter";

const TYPE_DELAY_MS = 200;

function Chip({ label, value, onClear }: { label: string; value: string; onClear: () => void }) {
  return (
    <span className="inline-flex items-center gap-1 rounded-md border border-sky-600/60 bg-sky-950/60 py-0.5 pl-2 pr-1 text-xs text-sky-200">
      <span className="text-sky-400">{label}</span>
      <span className="max-w-[10rem] truncate font-medium">{value}</span>
      <button type="button" onClick={onClear} aria-label={`Clear ${label} filter`} className="rounded px-1 text-sky-300 hover:bg-sky-800 hover:text-white">
        ✕
      </button>
    </span>
  );
}

export function Toolbar({ filter, setFilter }: { filter: ViewFilter; setFilter: SetViewFilter }) {
  // The box edits a local copy; the URL follows shortly after typing stops (and the box follows URL changes).
  const [text, setText] = useState(filter.q);
  const [urlQ, setUrlQ] = useState(filter.q);
  const [sent, setSent] = useState<string | null>(null);
  if (urlQ !== filter.q) {
    setUrlQ(filter.q);
    // Our own debounced write coming back must not undo what was typed since; anything else (back button, links) wins.
    if (filter.q !== sent) setText(filter.q);
  }
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );

  const onType = (value: string) => {
    setText(value);
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      setSent(value.trim());
      setFilter({ q: value });
    }, TYPE_DELAY_MS);
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      {filter.service !== null && <Chip label="service" value={filter.service} onClear={() => setFilter({ service: null })} />}
      {filter.stack !== null && <Chip label="stack" value={filter.stack} onClear={() => setFilter({ stack: null })} />}
      <div className="relative">
        <TextBox
          type="search"
          testId="filter"
          value={text}
          onChange={onType}
          placeholder="Filter by service or stack…"
          label="Filter by service or stack name"
          spellCheck={false}
          className="w-60 rounded-md border border-zinc-700 bg-zinc-900 px-2.5 py-1 text-sm text-zinc-100 placeholder:text-zinc-500 focus:border-sky-500 focus:outline-none focus:ring-1 focus:ring-sky-500"
        />
      </div>
      <button
        type="button"
        role="switch"
        data-testid="toggle-history"
        aria-checked={filter.history}
        onClick={() => setFilter({ history: !filter.history })}
        title="Also show stopped tasks (the history the engine keeps)"
        className={`inline-flex items-center gap-2 rounded-md border px-2.5 py-1 text-sm transition-colors ${
          filter.history ? "border-sky-500 bg-sky-900/50 text-sky-100" : "border-zinc-700 bg-zinc-900 text-zinc-300 hover:border-zinc-500"
        }`}
      >
        <span aria-hidden="true" className={`relative h-3.5 w-6 rounded-full transition-colors ${filter.history ? "bg-sky-500" : "bg-zinc-600"}`}>
          <span className={`absolute top-0.5 h-2.5 w-2.5 rounded-full bg-white transition-all ${filter.history ? "left-3" : "left-0.5"}`} />
        </span>
        Show stopped tasks
      </button>
    </div>
  );
}
