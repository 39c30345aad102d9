"use client";
// "Last update HH:MM:SS · n s ago", ticking every second.
import { formatAgo, formatClock } from "@/components/ui/format";
import { useNow } from "./use-browser";

export function LastUpdate({ at }: { at: string | null }) {
  const now = useNow();
  if (!at) return <span className="text-zinc-400">No update received yet</span>;
  return (
    <span className="tabular-nums" title={at}>
      <span className="text-zinc-400">Last update</span> <span className="font-medium text-zinc-100">{formatClock(at)}</span>
      {now !== null && <span className="text-zinc-400"> · {formatAgo(at, now)}</span>}
    </span>
  );
}
