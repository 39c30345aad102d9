"use client";
// "Replay — <time>" above a board showing a recorded moment, with the link back to live; or the server's refusal of the moment asked (naming the problem).
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { formatDateTime } from "@/components/ui/time-format";
import type { Replay } from "./use-replay";
import { queryWithMoment } from "./replay-url";

/** The current page without ?at= (same filters). */
export function useLiveHref(): string {
  const pathname = usePathname();
  const query = queryWithMoment(useSearchParams().toString(), null);
  return query ? `${pathname}?${query}` : pathname;
}

interface Props {
  replay: Replay;
  /** Colours for /present's themes; the board's look when omitted. */
  style?: { color: string; muted: string; accent: string; fontSize?: number };
}

export function ReplayBanner({ replay, style }: Props) {
  const live = useLiveHref();
  const { failure } = replay;
  const sub = style ? { color: style.muted } : undefined;
  const liveLink = (
    <Link
      href={live}
      data-testid="replay-live"
      className="rounded border border-current px-2 py-0.5 font-semibold hover:opacity-80"
      style={style ? { color: style.accent } : undefined}
    >
      Live
    </Link>
  );
  if (failure) {
    return (
      <section
        role="alert"
        data-testid="replay-error"
        data-field={failure.field ?? ""}
        data-status={failure.status ?? ""}
        className="mx-3 mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-red-600/60 bg-red-950/50 px-3 py-1.5 text-xs text-red-100"
        style={style ? { color: style.color, background: "transparent", fontSize: style.fontSize } : undefined}
      >
        <span className="font-semibold">Cannot replay {replay.raw}:</span>
        <span>{failure.error}</span>
        {failure.field && (
          <span className="text-red-300" style={sub}>
            (field: {failure.field})
          </span>
        )}
        <span className="ml-auto">{liveLink}</span>
      </section>
    );
  }
  return (
    <section
      data-testid="replay-banner"
      data-at={replay.at ?? ""}
      data-loading={String(replay.loading)}
      aria-live="polite"
      className="mx-3 mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-violet-500/60 bg-violet-950/50 px-3 py-1.5 text-xs text-violet-100"
      style={style ? { color: style.color, background: "transparent", fontSize: style.fontSize } : undefined}
    >
      <span className="font-semibold">Replay — {replay.at ? formatDateTime(replay.at) : replay.raw}</span>
      {replay.recordedAt && (
        <span className="text-violet-300" style={sub}>
          last change recorded {formatDateTime(replay.recordedAt)}
        </span>
      )}
      {replay.loading && (
        <span className="text-violet-300" style={sub}>
          loading…
        </span>
      )}
      <span className="text-violet-300" style={sub}>
        No actions while replaying.
      </span>
      <span className="ml-auto">{liveLink}</span>
    </section>
  );
}
