"use client";
// The frame of the service, node and swarm pages: the shared shell (nav, connection banner) plus a back link, the kind and the title.
import Link from "next/link";
import type { ReactNode } from "react";
import { PageShell } from "@/components/nav/PageShell";

interface Props {
  /** "Service", "Node", "Swarm". */
  kind: string;
  title: string;
  /** Pills and facts next to the title. */
  badges?: ReactNode;
  children: ReactNode;
}

export function PageFrame({ kind, title, badges, children }: Props) {
  return (
    <PageShell title={`${kind} ${title}`}>
      <div className="flex flex-col gap-3 px-3 pb-10">
        <div className="border-b border-zinc-800 pb-3">
          <nav aria-label="Breadcrumb" className="flex items-center gap-2 text-xs text-zinc-400">
            <Link href="/" data-testid="back-to-visualizer" className="rounded px-1 py-0.5 hover:bg-zinc-800 hover:text-zinc-100">
              ← Visualizer
            </Link>
            <span aria-hidden="true">/</span>
            <span>{kind}</span>
          </nav>
          <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1.5">
            <p aria-hidden="true" data-testid="page-title" className="min-w-0 break-all text-xl font-bold tracking-tight text-zinc-50">
              {title}
            </p>
            {badges}
          </div>
        </div>
        <main className="flex flex-col gap-3">{children}</main>
      </div>
    </PageShell>
  );
}
