// The one table of the design layer: a header row from column definitions and body rows passed as children, in one of three looks —
// "framed" (bordered card, the network pages), "plain" (lists with actions: users, share links, audit, secrets, a stack's plan),
// "cli" (`docker … ls` style: swarm, tasks, container networks).
import type { ReactNode } from "react";

export interface Column {
  label: string;
  /** Right-aligned (numbers). */
  right?: boolean;
  /** Named for screen readers only (a column of buttons). */
  hidden?: boolean;
}

type Variant = "framed" | "plain" | "cli";

/** The padding every cell of a "cli" table shares. */
export const CELL = "whitespace-nowrap px-2 py-1";

const LOOK: Record<Variant, { frame: string; table: string; head: string; headRow: string; th: string; body: string }> = {
  framed: {
    frame: "overflow-x-auto rounded-lg border border-zinc-800",
    table: "w-full text-left text-xs",
    head: "bg-zinc-900 text-[11px] uppercase tracking-wide text-zinc-400",
    headRow: "",
    th: "px-2 py-1.5 font-semibold",
    body: "divide-y divide-zinc-800/80",
  },
  plain: { frame: "overflow-x-auto", table: "w-full text-left text-xs", head: "text-zinc-500", headRow: "", th: "py-1 pr-3 font-normal", body: "" },
  cli: {
    frame: "overflow-x-auto",
    table: "w-full text-left text-[13px]",
    head: "text-[11px] uppercase tracking-wide text-zinc-500",
    headRow: "border-b border-zinc-800",
    th: `${CELL} align-bottom font-medium first:pl-3`,
    body: "",
  },
};

interface Props {
  columns: (Column | string)[];
  testId?: string;
  variant?: Variant;
  /** The table's own classes (text size, font), instead of the variant's. */
  className?: string;
  /** The scrolling frame's classes, instead of the variant's ("": no frame). */
  frameClassName?: string;
  bodyClassName?: string;
  children: ReactNode;
}

export function DataTable({ columns, testId, variant = "framed", className, frameClassName, bodyClassName, children }: Props) {
  const look = LOOK[variant];
  const frame = frameClassName ?? look.frame;
  const table = (
    <table data-testid={testId} className={className ?? look.table}>
      <thead className={look.head}>
        <tr className={look.headRow || undefined}>
          {columns.map((c) => {
            const col = typeof c === "string" ? { label: c } : c;
            return (
              <th key={col.label} scope="col" className={col.right ? `${look.th} text-right` : look.th}>
                {col.hidden ? <span className="sr-only">{col.label}</span> : col.label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className={bodyClassName ?? (look.body || undefined)}>{children}</tbody>
    </table>
  );
  return frame ? <div className={frame}>{table}</div> : table;
}

/** The dashed note shown instead of an empty table. */
export function EmptyNote({ testId, children }: { testId?: string; children: ReactNode }) {
  return (
    <p data-testid={testId} className="rounded-lg border border-dashed border-zinc-800 px-3 py-2 text-xs text-zinc-400">
      {children}
    </p>
  );
}
