// Labels (key=value) as monospace chips, sorted by key; "None" when there are none.
import { labelEntries } from "./field";

export function LabelList({ labels, testId }: { labels: Record<string, string>; testId?: string }) {
  const entries = labelEntries(labels);
  if (entries.length === 0) return <p className="text-[13px] text-zinc-500">None</p>;
  return (
    <ul data-testid={testId} className="flex flex-wrap gap-1">
      {entries.map((e) => (
        <li key={e.key} className="max-w-full break-all rounded border border-zinc-700 bg-zinc-800/80 px-1.5 py-px font-mono text-[12px] text-zinc-200">
          {e.key}
          {e.value && <span className="text-zinc-400">=</span>}
          {e.value && <span className="text-sky-200">{e.value}</span>}
        </li>
      ))}
    </ul>
  );
}
