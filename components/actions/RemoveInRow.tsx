"use client";
// A list row's "Remove…": opens the typed-name confirmation (TypeToConfirm) with Cancel, and shows the answer under it (secrets, configs, users).
import { type ReactNode, useState } from "react";
import { BUTTON, DANGER_BUTTON } from "@/components/ui/styles";
import { TypeToConfirm } from "./TypeToConfirm";

interface Props {
  /** What must be typed (the row's name). */
  name: string;
  /** Prefix of the input's and button's test ids ("data" → confirm-data-remove-input, remove-data). */
  testId: string;
  onRemove: (typed: string) => void;
  /** The answer to the last removal, shown under the confirmation. */
  answer?: ReactNode;
  /** While the removal runs (the Remove button waits). */
  busy?: boolean;
}

export function RemoveInRow({ name, testId, onRemove, answer, busy = false }: Props) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  if (!open) {
    return (
      <button type="button" className={DANGER_BUTTON} onClick={() => setOpen(true)}>
        Remove…
      </button>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-1">
      <TypeToConfirm
        name={name}
        typed={typed}
        onType={setTyped}
        inputTestId={`confirm-${testId}-remove-input`}
        buttonTestId={`remove-${testId}`}
        blocked={busy ? "removing…" : null}
        onRemove={() => onRemove(typed)}
      />
      <button type="button" className={BUTTON} onClick={() => setOpen(false)}>
        Cancel
      </button>
      {answer}
    </span>
  );
}
