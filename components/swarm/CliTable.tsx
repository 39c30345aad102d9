// The `docker … ls`-style table of the swarm page: a plain header row from column names, body rows passed as children.
import type { ReactNode } from "react";

/** The padding every cell of these tables shares. */
export const CELL = "whitespace-nowrap px-2 py-1";

export function CliTable({ columns, className, children }: { columns: string[]; className: string; children: ReactNode }) {
  return (
    <div className={className}>
      <table className="w-full text-left text-[13px]">
        <thead className="text-[11px] uppercase tracking-wide text-zinc-500">
          <tr className="border-b border-zinc-800">
            {columns.map((h) => (
              <th key={h} scope="col" className={`${CELL} font-medium first:pl-3`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
