"use client";
// The connection banner: live / reconnecting / engine problems, with the engine's message and hint, and the last update time.
import { DemoBanner } from "@/components/nav/DemoBanner";
import type { EngineLink } from "@/lib/model-types";
import type { ConnectionView } from "./connection-view";
import { EngineProblem } from "./EngineProblem";
import { HintText } from "./HintText";
import { LastUpdate } from "./LastUpdate";
import { BANNER_TONE } from "./tones";

interface Props {
  view: ConnectionView;
  /** model.updatedAt, when there is a model. */
  updatedAt: string | null;
  /** The model's engine link, when there is a model. */
  engine: EngineLink | null;
  /** Nothing real to draw: the banner becomes the full EngineProblem panel. */
  full: boolean;
}

export function ConnectionBanner({ view, updatedAt, engine, full }: Props) {
  const engineVersion = engine?.engineVersion ?? null;
  const tone = BANNER_TONE[view.tone];
  const hooks = { "data-testid": "connection", "data-state": view.state };

  if (full) {
    return (
      <section {...hooks} className="flex min-h-0 flex-1 flex-col">
        <DemoBanner engine={engine} />
        <EngineProblem view={view} footer={updatedAt ? <LastUpdate at={updatedAt} /> : null} />
      </section>
    );
  }

  const live = view.state === "live";
  return (
    <>
      <DemoBanner engine={engine} />
      <section {...hooks} className={`mx-3 mb-2 rounded-lg border px-3 py-1.5 text-xs ${tone.frame}`}>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span role="status" className={`inline-flex items-center gap-1.5 font-semibold ${tone.title}`}>
            <span className={`h-2 w-2 rounded-full ${tone.dot} ${live ? "" : "animate-pulse"}`} aria-hidden="true" />
            {view.title}
          </span>
          {view.host && (
            <span className="min-w-0 truncate text-zinc-400">
              {live && engineVersion ? `Docker ${engineVersion} · ` : ""}
              <span className="font-mono text-zinc-300">{view.host}</span>
            </span>
          )}
          <span className="ml-auto">
            <LastUpdate at={updatedAt} />
          </span>
        </div>
        {view.failover && (
          <p data-testid="engine-failover" className="mt-1 text-amber-200" title={engine?.failover?.reason ?? undefined}>
            {view.failover}
          </p>
        )}
        {view.readOnly && (
          <p data-testid="engine-read-only" className="mt-1 text-amber-200">
            Read-only engine access: the engine (or a proxy in front of it) refused a write, so controls that change the swarm are hidden.{" "}
            <span className="text-zinc-400">{view.readOnly}</span>
          </p>
        )}
        {!live && (view.message || view.hint) && (
          <div className="mt-1 space-y-0.5 leading-snug">
            {view.message && (
              <p className="text-zinc-100">
                <HintText text={view.message} />
                {!view.serverLost && <span className="text-zinc-400"> Showing the last known state, retrying…</span>}
              </p>
            )}
            {view.hint && (
              <p className="text-zinc-300">
                <HintText text={view.hint} />
              </p>
            )}
          </div>
        )}
      </section>
    </>
  );
}
