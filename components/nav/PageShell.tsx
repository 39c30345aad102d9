"use client";
// The frame of every page but the board: product name, page title, the shared nav, the connection banner; a page needing the engine waits for it, the others say what cannot work.
import type { ReactNode } from "react";
import { useClusterStore } from "@/components/store/cluster-store";
import { ConnectionBanner } from "@/components/visualizer/ConnectionBanner";
import { connectionView, needsProblemPanel } from "@/components/visualizer/connection-view";
import { Brand } from "./Brand";
import { SiteNav } from "./SiteNav";

interface Props {
  /** The page's heading: read out always, shown only with showTitle (the nav already names list pages). */
  title: string;
  showTitle?: boolean;
  /** Extra controls at the right of the header row. */
  actions?: ReactNode;
  /** Fill the viewport (the topology) instead of scrolling the page. */
  fill?: boolean;
  /** For a page that works without the engine (admin, stack checks): what cannot work meanwhile; the page stays, under the engine's problem. */
  withoutEngine?: string;
  children: ReactNode;
}

export function PageShell({ title, showTitle = false, actions, fill = false, withoutEngine, children }: Props) {
  const { socket, model } = useClusterStore();
  const panel = needsProblemPanel(model);
  return (
    <div className={fill ? "flex h-screen flex-col overflow-hidden" : "flex min-h-screen flex-col"}>
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 px-3 pb-2 pt-2.5">
        <Brand as="span" />
        <SiteNav />
        <h1 className={showTitle ? "min-w-0 truncate text-sm font-semibold text-zinc-200" : "sr-only"}>{title}</h1>
        {actions && <div className="ml-auto flex items-center gap-2">{actions}</div>}
      </header>
      <ConnectionBanner view={connectionView(socket, model)} updatedAt={model?.updatedAt ?? null} engine={model?.cluster.engine ?? null} full={panel} />
      {panel && withoutEngine && (
        <p data-testid="without-engine" role="note" className="mx-3 mb-2 rounded-lg border border-amber-700/60 bg-amber-950/40 px-3 py-2 text-xs text-amber-100">
          This page works without the engine. Until it answers: {withoutEngine}
        </p>
      )}
      {(!panel || withoutEngine) && children}
    </div>
  );
}
