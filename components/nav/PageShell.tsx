"use client";
// The frame of the networks, topology and containers pages: product name, page title, the shared nav, and the connection banner.
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
  children: ReactNode;
}

export function PageShell({ title, showTitle = false, actions, fill = false, children }: Props) {
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
      {!panel && children}
    </div>
  );
}
