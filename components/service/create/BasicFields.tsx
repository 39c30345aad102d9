"use client";
// Name, image, mode and replicas, command and args, stop grace period.
import { INPUT } from "@/components/ui/styles";
import type { TextBoxProps } from "@/components/ui/TextBox";
import type { FieldsProps } from "./field-props";
import { FormRow } from "@/components/ui/FormRow";

type TextField = "name" | "image" | "command" | "args" | "stopGracePeriod";

/** A row whose control is one text box bound to a form field. */
interface TextRow extends Omit<TextBoxProps, "value" | "onChange" | "id"> {
  field: TextField;
  title: string;
  id: string;
  hint: string;
}

const WHAT: TextRow[] = [
  { field: "name", title: "Name", id: "f-name", hint: "letters and digits, with - or _ between them", testId: "field-name", width: "w-full", code: true, autoComplete: "off" },
  { field: "image", title: "Image", id: "f-image", hint: "e.g. nginx:1.25 or lab/busybox:1", testId: "field-image", width: "w-full", code: true, autoComplete: "off" },
];
const HOW: TextRow[] = [
  {
    field: "command",
    title: "Command",
    id: "f-command",
    hint: "replaces the image's entrypoint; quote words with spaces ('…')",
    testId: "field-command",
    width: "w-full",
    code: true,
    placeholder: "(the image's)",
  },
  {
    field: "args",
    title: "Arguments",
    id: "f-args",
    hint: "replaces the image's CMD, e.g. sleep 1d",
    testId: "field-args",
    width: "w-full",
    code: true,
    placeholder: "(the image's)",
  },
  {
    field: "stopGracePeriod",
    title: "Stop grace period",
    id: "f-grace",
    hint: "seconds between SIGTERM and SIGKILL (Docker's default: 10)",
    testId: "field-stop-grace-period",
    width: "w-24",
    placeholder: "10",
  },
];

function TextRows({ rows, form, set, errors }: FieldsProps & { rows: TextRow[] }) {
  return rows.map(({ field, title, id, hint, ...box }) => (
    <FormRow
      key={field}
      label={title}
      field={field}
      error={errors[field]}
      htmlFor={id}
      hint={hint}
      input={{ ...box, value: form[field], onChange: (value) => set({ [field]: value }) }}
    />
  ));
}

export function BasicFields({ form, set, errors }: FieldsProps) {
  return (
    <>
      <TextRows rows={WHAT} form={form} set={set} errors={errors} />
      <FormRow label="Mode" field="mode" error={errors.mode ?? errors.replicas}>
        <div className="flex flex-wrap items-center gap-3 text-xs text-zinc-200">
          {(["replicated", "global"] as const).map((mode) => (
            <label key={mode} className="inline-flex items-center gap-1.5">
              <input type="radio" name="mode" data-testid={`field-mode-${mode}`} checked={form.mode === mode} onChange={() => set({ mode })} />
              {mode === "replicated" ? "Replicated:" : "Global (one task per node)"}
              {mode === "replicated" && (
                <input
                  type="number"
                  min={0}
                  data-testid="field-replicas"
                  aria-label="Replicas"
                  value={form.replicas}
                  disabled={form.mode !== "replicated"}
                  onChange={(e) => set({ replicas: e.target.value })}
                  className={`${INPUT} w-20`}
                />
              )}
              {mode === "replicated" && "replicas"}
            </label>
          ))}
        </div>
      </FormRow>
      <TextRows rows={HOW} form={form} set={set} errors={errors} />
    </>
  );
}
