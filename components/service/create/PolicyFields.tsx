"use client";
// The create form's policies: restart (condition, delay, attempts, window) and rolling update (parallelism, delay).
import { INPUT } from "@/components/ui/styles";
import type { FieldsProps } from "./field-props";
import type { CreateForm } from "./form-model";
import { FormRow } from "@/components/ui/FormRow";

const SMALL = `${INPUT} w-20`;

export function PolicyFields({ form, set, errors }: FieldsProps) {
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
          delay <input aria-label="Restart delay (s)" placeholder="5" value={form.restartDelay} onChange={(e) => set({ restartDelay: e.target.value })} className={SMALL} /> s · max
          attempts{" "}
          <input
            aria-label="Restart max attempts"
            placeholder="∞"
            value={form.restartMaxAttempts}
            onChange={(e) => set({ restartMaxAttempts: e.target.value })}
            className={SMALL}
          />{" "}
          · window <input aria-label="Restart window (s)" placeholder="0" value={form.restartWindow} onChange={(e) => set({ restartWindow: e.target.value })} className={SMALL} /> s
        </div>
      </FormRow>
      <FormRow label="Rolling updates" field="update" error={errors.update} hint="how many tasks are replaced at a time (0: all), and the pause between them">
        <div className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-300">
          parallelism{" "}
          <input
            aria-label="Update parallelism"
            data-testid="field-update-parallelism"
            placeholder="1"
            value={form.updateParallelism}
            onChange={(e) => set({ updateParallelism: e.target.value })}
            className={SMALL}
          />{" "}
          · delay{" "}
          <input
            aria-label="Update delay (s)"
            data-testid="field-update-delay"
            placeholder="0"
            value={form.updateDelay}
            onChange={(e) => set({ updateDelay: e.target.value })}
            className={SMALL}
          />{" "}
          s
        </div>
      </FormRow>
    </>
  );
}
