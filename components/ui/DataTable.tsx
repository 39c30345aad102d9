// The bordered, scrollable table frame of the network pages: uppercase header row from column definitions, divided body rows passed as children.
import type { ReactNode } from "react";

export interface Column {
  label: string;
  /** Right-aligned (numbers). */
  right?: boolean;
}

const BODY = "divide-y divide-zinc-800/80";

export function DataTable({ testId, columns, bodyClassName = BODY, children }: { testId: string; columns: Column[]; bodyClassName?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-800">
      <table data-testid={testId} className="w-full text-left text-xs">
        <thead className="bg-zinc-900 text-[11px] uppercase tracking-wide text-zinc-400">
          <tr>
            {columns.map((c) => (
              <th key={c.label} className={c.right ? "px-2 py-1.5 text-right font-semibold" : "px-2 py-1.5 font-semibold"}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={bodyClassName}>{children}</tbody>
      </table>
    </div>
  );
}

/** The dashed note shown instead of an empty table. */
export function EmptyNote({ testId, children }: { testId?: string; children: ReactNode }) {
  return (
    <p data-testid={testId} className="rounded-lg border border-dashed border-zinc-800 px-3 py-2 text-xs text-zinc-400">
      {children}
    </p>
  );
}
