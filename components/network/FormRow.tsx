// One labelled form field with its hint and, when there is one, the problem found in it (data-testid="field-error" data-field=…).
import type { ReactNode } from "react";

interface Props {
  field: string;
  label: string;
  problem: string | null;
  hint?: string;
  children: ReactNode;
}

export function FormRow({ field, label, problem, hint, children }: Props) {
  return (
    <div className="space-y-0.5">
      <label htmlFor={`network-form-${field}`} className="flex items-baseline gap-2 text-xs">
        <span className="font-semibold text-zinc-200">{label}</span>
        {hint && <span className="text-[11px] text-zinc-500">{hint}</span>}
      </label>
      {children}
      {problem && (
        <p data-testid="field-error" data-field={field} role="alert" className="text-[11px] leading-snug text-red-300">
          {problem}
        </p>
      )}
    </div>
  );
}
