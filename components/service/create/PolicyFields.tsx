"use client";
// The create form's policies: restart (condition, delay, attempts, window) and rolling update (parallelism, delay).
import { INPUT } from "@/components/ui/styles";
import { TextBox } from "@/components/ui/TextBox";
import type { FieldsProps } from "./field-props";
import type { CreateForm } from "./form-model";
import { FormRow } from "@/components/ui/FormRow";

type NumberField = "restartDelay" | "restartMaxAttempts" | "restartWindow" | "updateParallelism" | "updateDelay";

export function PolicyFields({ form, set, errors }: FieldsProps) {
  /** A small box for one number of a policy. */
  const small = (field: NumberField, label: string, placeholder: string, testId?: string) => (
    <TextBox label={label} testId={testId} placeholder={placeholder} value={form[field]} onChange={(value) => set({ [field]: value })} width="w-20" />
  );
  return (
    <>
      <FormRow label="Restart policy" field="restart" error={errors.restart} hint="empty: Docker's defaults (any, 5 s delay, no limit)">
        <div className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-300">
          <select
            aria-label="Restart condition"
            data-testid="field-restart-condition"
            value={form.restartCondition}
            onChange={(e) => set({ restartCondition: e.target.value as CreateForm["restartCondition"] })}
            className={INPUT}
          >
            <option value="">default</option>
            <option value="any">any</option>
            <option value="on-failure">on-failure</option>
            <option value="none">none</option>
          </select>
          {"delay "}
          {small("restartDelay", "Restart delay (s)", "5")}
          {" s · max attempts "}
          {small("restartMaxAttempts", "Restart max attempts", "∞")}
          {" · window "}
          {small("restartWindow", "Restart window (s)", "0")}
          {" s"}
        </div>
      </FormRow>
      <FormRow label="Rolling updates" field="update" error={errors.update} hint="how many tasks are replaced at a time (0: all), and the pause between them">
        <div className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-300">
          {"parallelism "}
          {small("updateParallelism", "Update parallelism", "1", "field-update-parallelism")}
          {" · delay "}
          {small("updateDelay", "Update delay (s)", "0", "field-update-delay")}
          {" s"}
        </div>
      </FormRow>
    </>
  );
}
