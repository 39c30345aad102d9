"use client";
// The frame every board column shares: a sticky header over its task list.
import type { ReactNode } from "react";
import { CELL_ATTR, COLUMN_ATTR } from "./use-board-keys";
import { FOCUS_RING } from "@/components/ui/styles";

interface Props {
  /** data-* hooks of the column. */
  hooks: Record<string, string>;
  header: ReactNode;
  children: ReactNode;
  /** Extra classes for the frame (e.g. a drained or down node). */
  className?: string;
}

export function BoardColumn({ hooks, header, children, className = "" }: Props) {
  return (
    <section
      {...hooks}
      {...{ [COLUMN_ATTR]: "" }}
      className={`flex min-w-[var(--column-min,200px)] flex-1 basis-0 flex-col rounded-lg border border-zinc-800 bg-zinc-900/60 ${className}`}
    >
      <header {...{ [CELL_ATTR]: "" }} tabIndex={-1} className={`sticky top-0 z-10 rounded-t-lg border-b border-zinc-800 bg-zinc-900/95 px-2.5 py-2 backdrop-blur ${FOCUS_RING}`}>
        {header}
      </header>
      <div className="flex-1 p-1.5">{children}</div>
    </section>
  );
}
