"use client";
// Name, image, mode and replicas, command and args, stop grace period.
import { INPUT } from "@/components/ui/styles";
import type { FieldsProps } from "./field-props";
import { FormRow } from "@/components/ui/FormRow";

export function BasicFields({ form, set, errors }: FieldsProps) {
  return (
    <>
      <FormRow label="Name" field="name" error={errors.name} htmlFor="f-name" hint="letters and digits, with - or _ between them">
        <input
          id="f-name"
          data-testid="field-name"
          value={form.name}
          onChange={(e) => set({ name: e.target.value })}
          spellCheck={false}
          autoComplete="off"
          className={`${INPUT} w-full font-mono`}
        />
      </FormRow>
      <FormRow label="Image" field="image" error={errors.image} htmlFor="f-image" hint="e.g. nginx:1.25 or lab/busybox:1">
        <input
          id="f-image"
          data-testid="field-image"
          value={form.image}
          onChange={(e) => set({ image: e.target.value })}
          spellCheck={false}
          autoComplete="off"
          className={`${INPUT} w-full font-mono`}
        />
      </FormRow>
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
      <FormRow label="Command" field="command" error={errors.command} htmlFor="f-command" hint="replaces the image's entrypoint; quote words with spaces ('…')">
        <input
          id="f-command"
          data-testid="field-command"
          value={form.command}
          onChange={(e) => set({ command: e.target.value })}
          spellCheck={false}
          placeholder="(the image's)"
          className={`${INPUT} w-full font-mono`}
        />
      </FormRow>
      <FormRow label="Arguments" field="args" error={errors.args} htmlFor="f-args" hint="replaces the image's CMD, e.g. sleep 1d">
        <input
          id="f-args"
          data-testid="field-args"
          value={form.args}
          onChange={(e) => set({ args: e.target.value })}
          spellCheck={false}
          placeholder="(the image's)"
          className={`${INPUT} w-full font-mono`}
        />
      </FormRow>
      <FormRow label="Stop grace period" field="stopGracePeriod" error={errors.stopGracePeriod} htmlFor="f-grace" hint="seconds between SIGTERM and SIGKILL (Docker's default: 10)">
        <input
          id="f-grace"
          data-testid="field-stop-grace-period"
          value={form.stopGracePeriod}
          onChange={(e) => set({ stopGracePeriod: e.target.value })}
          placeholder="10"
          className={`${INPUT} w-24`}
        />
      </FormRow>
    </>
  );
}
