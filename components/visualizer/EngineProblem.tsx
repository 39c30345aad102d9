// The full panel shown instead of the board when there is nothing real to draw: what is wrong, how to fix it, retrying.
import type { ReactNode } from "react";
import type { ConnectionView } from "./connection-view";
import { HintText } from "./HintText";
import { BANNER_TONE } from "./tones";

interface Props {
  view: Pick<ConnectionView, "state" | "tone" | "title" | "message" | "hint" | "host" | "serverLost">;
  /** e.g. the last-update line, when there has been one. */
  footer?: ReactNode;
}

export function EngineProblem({ view, footer }: Props) {
  const tone = BANNER_TONE[view.tone];
  const waiting = view.state === "connecting";
  return (
    <div data-testid="engine-problem" className="flex flex-1 items-start justify-center overflow-auto px-4 py-10">
      <div className={`w-full max-w-2xl rounded-xl border p-6 shadow-2xl shadow-black/40 ${tone.frame}`}>
        <div className="flex items-center gap-3">
          <span aria-hidden="true" className={`flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-zinc-950/40 text-xl ${tone.title}`}>
            {waiting ? "⟳" : "⚠"}
          </span>
          <h2 role="status" className={`text-lg font-semibold ${tone.title}`}>
            {view.title}
          </h2>
        </div>
        {view.message && (
          <p className="mt-4 text-sm leading-relaxed text-zinc-100">
            <HintText text={view.message} />
          </p>
        )}
        {view.hint && (
          <div className="mt-3 rounded-lg border border-zinc-50/10 bg-zinc-950/40 p-3 text-sm leading-relaxed text-zinc-200">
            <span className="mr-1 font-semibold text-zinc-300">How to fix:</span>
            <HintText text={view.hint} />
          </div>
        )}
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
          <dt className="text-zinc-400">Docker host</dt>
          <dd className="break-all font-mono text-zinc-100">{view.host ?? (view.serverLost ? "unknown (server lost)" : "not known yet")}</dd>
          <dt className="text-zinc-400">State</dt>
          <dd className="font-mono text-zinc-100">{view.state}</dd>
        </dl>
        <div className="mt-5 flex flex-wrap items-center justify-between gap-2 border-t border-zinc-50/10 pt-3 text-xs">
          <span className="inline-flex items-center gap-2 text-zinc-300">
            <span className={`h-2 w-2 animate-pulse rounded-full ${tone.dot}`} aria-hidden="true" />
            {waiting ? "connecting…" : "retrying…"}
          </span>
          {footer}
        </div>
      </div>
    </div>
  );
}
