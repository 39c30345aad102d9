// The topology's readout: what the hovered or focused node, network or task connects to, in words.
import type { FocusSummary } from "./focus-summary";

const KIND_WORD = { node: "Node", network: "Network", task: "Task" } as const;

export function FocusReadout({ summary, side }: { summary: FocusSummary | null; side: "left" | "right" }) {
  if (!summary) return null;
  return (
    <aside
      data-testid="topology-focus"
      aria-live="polite"
      className={`pointer-events-none absolute ${side === "left" ? "left-2" : "right-2"} top-2 max-h-[70%] w-72 overflow-hidden rounded-lg border border-zinc-700 bg-zinc-900/95 px-3 py-2 text-xs shadow-lg`}
    >
      <p className="text-[10px] uppercase tracking-wide text-zinc-500">{KIND_WORD[summary.kind]}</p>
      <p className="truncate font-semibold text-zinc-50">{summary.heading}</p>
      <p className="text-zinc-400">{summary.detail}</p>
      {summary.groups.map((g) => (
        <div key={g.label} className="mt-1.5">
          <p className="truncate font-semibold text-violet-300">{g.label}</p>
          <ul className="font-mono text-[11px] leading-4 text-zinc-300">
            {g.items.map((item, i) => (
              <li key={`${i}-${item}`} className="truncate">
                {item}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </aside>
  );
}
