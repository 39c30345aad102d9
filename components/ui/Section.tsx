// A titled card on a detail page, with optional controls on the right of the title.
import type { ReactNode } from "react";

interface Props {
  title: string;
  /** Shown after the title, e.g. a count. */
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}

export function Section({ title, aside, children, className = "", testId }: Props) {
  return (
    <section data-testid={testId} className={`min-w-0 rounded-lg border border-zinc-800 bg-zinc-900/60 ${className}`}>
      <div className="flex flex-wrap items-center gap-2 border-b border-zinc-800 px-3 py-2">
        <h2 className="text-sm font-semibold text-zinc-100">{title}</h2>
        {aside}
      </div>
      <div className="px-3 py-2.5">{children}</div>
    </section>
  );
}
