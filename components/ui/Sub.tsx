// A small uppercase sub-heading with its content, inside a Section.
import type { ReactNode } from "react";

export function Sub({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-zinc-500">{title}</h3>
      {children}
    </div>
  );
}
