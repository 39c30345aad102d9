// One labelled form field with its hint and, when there is one, the problem found in it (locally or named by the server):
// data-testid="row-FIELD" data-invalid, and the problem as data-testid="field-error" data-field=FIELD. The control is the children,
// or a TextBox (`input`) whose id is htmlFor.
import type { ReactNode } from "react";
import { TextBox, type TextBoxProps } from "./TextBox";

interface Props {
  label: string;
  field: string;
  error: string | null | undefined;
  hint?: string;
  /** The control's id, for the label (omit for groups of controls). */
  htmlFor?: string;
  /** "beside": the label in a column left of the control (long forms); "above": label and hint over the control (short forms). */
  layout?: "beside" | "above";
  /** The row's only control as a text box (instead of children). */
  input?: Omit<TextBoxProps, "id">;
  children?: ReactNode;
}

function Problem({ field, error }: { field: string; error: string | null | undefined }) {
  if (!error) return null;
  return (
    <p data-testid="field-error" data-field={field} role="alert" className="text-[11px] leading-snug text-red-300">
      {error}
    </p>
  );
}

export function FormRow({ label, field, error, hint, htmlFor, layout = "beside", input, children }: Props) {
  const control = input ? <TextBox id={htmlFor} {...input} /> : children;
  const Label = htmlFor ? "label" : "span";
  const labelFor = htmlFor ? { htmlFor } : {};
  const row = { "data-testid": `row-${field}`, "data-invalid": error ? "true" : "false" };
  if (layout === "above") {
    return (
      <div {...row} className="space-y-0.5">
        <Label {...labelFor} className="flex items-baseline gap-2 text-xs">
          <span className="font-semibold text-zinc-200">{label}</span>
          {hint && <span className="text-[11px] text-zinc-500">{hint}</span>}
        </Label>
        {control}
        <Problem field={field} error={error} />
      </div>
    );
  }
  return (
    <div {...row} className="grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-3">
      <Label {...labelFor} className="pt-1 text-xs font-medium text-zinc-300">
        {label}
      </Label>
      <div className="min-w-0 space-y-1">
        {control}
        {hint && <p className="text-[11px] text-zinc-500">{hint}</p>}
        <Problem field={field} error={error} />
      </div>
    </div>
  );
}
