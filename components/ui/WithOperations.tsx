// A detail page's body beside its operations panel: side by side on wide screens (the panel sticks while scrolling), stacked otherwise;
// the body alone, full width, when the session gets no operations (null).
import type { ReactNode } from "react";

export function WithOperations({ operations, children }: { operations: ReactNode | null; children: ReactNode }) {
  if (operations === null) return <div className="flex min-w-0 flex-col gap-3">{children}</div>;
  return (
    <div className="grid items-start gap-3 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="flex min-w-0 flex-col gap-3">{children}</div>
      <aside aria-label="Operations" className="min-w-0 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:overflow-y-auto">
        {operations}
      </aside>
    </div>
  );
}
