"use client";
// An editable list of rows (env variables, ports, mounts, constraints…): each row's controls, a remove button, and "add".
import type { ReactNode } from "react";

interface Props<T> {
  rows: T[];
  onChange: (rows: T[]) => void;
  blank: () => T;
  /** The row's controls; `set` replaces the row. */
  render: (row: T, set: (row: T) => void, index: number) => ReactNode;
  addLabel: string;
  /** data-testid prefix: "<testId>-row", "add-<testId>", "remove-<testId>". */
  testId: string;
}

export function RowList<T>({ rows, onChange, blank, render, addLabel, testId }: Props<T>) {
  return (
    <div className="space-y-1">
      {rows.map((row, i) => (
        <div key={i} data-testid={`${testId}-row`} className="flex flex-wrap items-center gap-1.5">
          {render(row, (next) => onChange(rows.map((r, j) => (j === i ? next : r))), i)}
          <button
            type="button"
            data-testid={`remove-${testId}`}
            aria-label="Remove this row"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
            className="rounded px-1.5 text-zinc-400 hover:bg-zinc-800 hover:text-zinc-50"
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" data-testid={`add-${testId}`} onClick={() => onChange([...rows, blank()])} className="text-xs text-sky-300 hover:text-sky-200 hover:underline">
        + {addLabel}
      </button>
    </div>
  );
}
