"use client";
// The bar under the board: the timeline's entries as coloured markers over a span of time, click or drag (or arrow keys) to show a moment,
// play forward at 1×, 4× or 16×, and "Live" to come back. Not on a share link's projection screen.
import { type KeyboardEvent, type PointerEvent, useRef, useState } from "react";
import { useMe } from "@/components/nav/use-me";
import { useGet } from "@/components/request/use-get";
import { BUTTON } from "@/components/ui/styles";
import { formatDateTime } from "@/components/ui/time-format";
import { useNow } from "@/components/visualizer/use-browser";
import type { TimelinePage } from "@/lib/history-types";
import { SPEEDS } from "./play";
import { isoAt } from "./replay-url";
import { kindColor, kindLabel } from "./timeline-kinds";
import { fractionOf, momentAt, placeMarkers, SPANS, timeWindow } from "./timeline-window";
import { usePlayback } from "./use-playback";

/** The window's end moves in steps this long (the markers are read again each step, not every second). */
const WINDOW_STEP_MS = 10_000;

interface Props {
  /** The moment shown (ms), null when live. */
  at: number | null;
  /** That moment is on screen (playback waits for it). */
  ready: boolean;
  go(ms: number | null): void;
}

export function TimelineBar({ at, ready, go }: Props) {
  // A share link's projection screen gets no controls (as the header's toolbar); it still shows a moment given in its URL.
  const projection = useMe()?.mode === "share";
  const clock = useNow();
  const [span, setSpan] = useState(SPANS[0].ms);
  const [oldest, setOldest] = useState<number | null>(null);
  const [kept, setKept] = useState<TimelinePage | null>(null);
  const [drag, setDrag] = useState<number | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  const playback = usePlayback(at, ready, go);

  const end = clock === null ? null : Math.ceil(clock / WINDOW_STEP_MS) * WINDOW_STEP_MS;
  const w = end === null ? null : timeWindow(end, span, at, oldest);
  const path = w && !projection ? `/api/v1/timeline?${new URLSearchParams({ from: isoAt(w.from), to: isoAt(Math.min(w.to, clock ?? w.to)), limit: "1000" })}` : null;
  const timeline = useGet<TimelinePage>(path);
  // The last markers stay while the next window's are read.
  if (timeline.data && timeline.data !== kept) {
    setKept(timeline.data);
    const o = timeline.data.oldest ? Date.parse(timeline.data.oldest) : null;
    if (o !== oldest) setOldest(o);
  }
  if (!w || projection) return null;
  const markers = placeMarkers(kept?.entries ?? [], w);
  const shown = drag ?? at;
  const head = shown === null ? 1 : fractionOf(shown, w);

  const fractionOfPointer = (e: PointerEvent<HTMLDivElement>) => {
    const box = bar.current?.getBoundingClientRect();
    return box && box.width > 0 ? (e.clientX - box.left) / box.width : 1;
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    playback.pause();
    setDrag(momentAt(fractionOfPointer(e), w));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag !== null) setDrag(momentAt(fractionOfPointer(e), w));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (drag === null) return;
    setDrag(null);
    go(Math.min(momentAt(fractionOfPointer(e), w), Date.now()));
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const base = at ?? w.to;
    const small = (w.to - w.from) / 100;
    const steps: Record<string, number> = { ArrowLeft: -small, ArrowRight: small, PageDown: -10 * small, PageUp: 10 * small };
    if (e.key in steps) go(Math.max(w.from, Math.min(base + steps[e.key], Date.now())));
    else if (e.key === "Home") go(w.from);
    else if (e.key === "End") go(null);
    else return;
    e.preventDefault();
    playback.pause();
  };

  return (
    <div data-testid="timeline-bar" data-from={isoAt(w.from)} data-to={isoAt(w.to)} className="shrink-0 border-t border-zinc-800 px-3 py-2 text-xs text-zinc-300">
      <div className="flex flex-wrap items-center gap-2">
        {playback.playing ? (
          <button type="button" data-testid="timeline-pause" onClick={playback.pause} className={BUTTON}>
            Pause
          </button>
        ) : (
          <button
            type="button"
            data-testid="timeline-play"
            disabled={at === null}
            title={at === null ? "Pick a moment on the bar first" : "Play forward from this moment"}
            onClick={playback.play}
            className={BUTTON}
          >
            Play
          </button>
        )}
        <span role="group" aria-label="Playback speed" className="inline-flex gap-1">
          {SPEEDS.map((s) => (
            <button
              key={s}
              type="button"
              data-testid={`timeline-speed-${s}`}
              aria-pressed={playback.speed === s}
              aria-label={`Play at ${s}×`}
              onClick={() => playback.setSpeed(s)}
              className={`${BUTTON} ${playback.speed === s ? "border-sky-500 bg-sky-900/60" : ""}`}
            >
              {s}×
            </button>
          ))}
        </span>
        <button
          type="button"
          data-testid="timeline-live"
          aria-pressed={at === null}
          onClick={() => {
            playback.pause();
            go(null);
          }}
          className={`${BUTTON} ${at === null ? "border-emerald-500 text-emerald-300" : ""}`}
        >
          Live
        </button>
        <span data-testid="timeline-shown" className="tabular-nums text-zinc-400">
          {shown === null ? "Live" : formatDateTime(isoAt(shown))}
        </span>
        <label className="ml-auto inline-flex items-center gap-1 text-zinc-400">
          Span
          <select
            data-testid="timeline-span"
            value={span}
            onChange={(e) => setSpan(Number(e.target.value))}
            className="rounded border border-zinc-700 bg-zinc-900 px-1 py-0.5 text-xs text-zinc-100"
          >
            {SPANS.map((s) => (
              <option key={s.ms} value={s.ms}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {timeline.error && <span className="text-red-300">Timeline: {timeline.error}</span>}
      </div>
      <div
        ref={bar}
        role="slider"
        tabIndex={0}
        data-testid="timeline-track"
        aria-label="Moment shown on the board (arrow keys move it, End goes live)"
        aria-valuemin={w.from}
        aria-valuemax={w.to}
        aria-valuenow={shown ?? w.to}
        aria-valuetext={shown === null ? "Live" : formatDateTime(isoAt(shown))}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onKeyDown={onKey}
        className="relative mt-2 h-6 cursor-pointer touch-none select-none rounded bg-zinc-900 ring-1 ring-zinc-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
      >
        {markers.map((m) => (
          <span
            key={m.id}
            data-testid="timeline-marker"
            data-kind={m.kind}
            data-at={m.at}
            title={`${formatDateTime(m.at)} · ${kindLabel(m.kind)}: ${m.sentence}`}
            className="absolute top-1 bottom-1 rounded-sm opacity-90"
            style={{ left: `${m.left * 100}%`, width: `max(3px, ${m.width * 100}%)`, background: kindColor(m.kind) }}
          />
        ))}
        <span
          aria-hidden="true"
          data-testid="timeline-head"
          className="pointer-events-none absolute -top-0.5 -bottom-0.5 w-0.5 bg-zinc-50 shadow"
          style={{ left: `calc(${head * 100}% - 1px)` }}
        />
      </div>
    </div>
  );
}
