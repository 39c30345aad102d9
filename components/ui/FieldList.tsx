// Labelled values as a two-column definition list; values are React text (engine data is never HTML).
import type { Field } from "./field";

export function FieldList({ fields }: { fields: Field[] }) {
  return (
    <dl className="grid grid-cols-[minmax(7rem,max-content)_1fr] gap-x-4 gap-y-1 text-[13px] leading-5">
      {fields.map((f) => (
        <div key={f.label} className="contents" data-field={f.label}>
          <dt className="text-zinc-400">{f.label}</dt>
          <dd title={f.title} className={`min-w-0 break-words text-zinc-100 ${f.mono ? "font-mono text-[12px]" : ""}`}>
            {f.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
