// One labelled part of the create-service form, with its problem (found locally or named by the server) right under it.
import type { ReactNode } from "react";
import type { FormField } from "./form-model";

interface Props {
  label: string;
  field: FormField;
  error: string | undefined;
  hint?: string;
  /** The control's id, for the label (omit for groups of controls). */
  htmlFor?: string;
  children: ReactNode;
}

export function FormRow({ label, field, error, hint, htmlFor, children }: Props) {
  const Label = htmlFor ? "label" : "span";
  return (
    <div data-testid={`row-${field}`} data-invalid={error ? "true" : "false"} className="grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-3">
      <Label {...(htmlFor ? { htmlFor } : {})} className="pt-1 text-xs font-medium text-zinc-300">
        {label}
      </Label>
      <div className="min-w-0 space-y-1">
        {children}
        {hint && <p className="text-[11px] text-zinc-500">{hint}</p>}
        {error && (
          <p data-testid="field-error" data-field={field} role="alert" className="text-[11px] text-red-300">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
