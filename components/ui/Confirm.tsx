"use client";
// The one confirmation before a destructive step: an opening button ("Remove…"), then either the name to type (type-the-name) or a
// second click (two-click), with the docker command it runs, an "in use" warning, Cancel and the answer under it.
import { type ReactNode, useState } from "react";
import { CliBox } from "./CliBox";
import { BUTTON, DANGER_BUTTON } from "./styles";
import { TypeToConfirm } from "./TypeToConfirm";

interface Props {
  /** The opening button's words ("Remove…", "Revoke…"), its test id, and whether it is the quiet kind rather than red. */
  opener: string;
  openerTestId?: string;
  quiet?: boolean;
  /** Type-the-name: what must be typed before the confirming button works. Absent: a second click confirms. */
  typeName?: string;
  /** Type-the-name: the input's accessible name (default "Type NAME to confirm") and test id. */
  inputLabel?: string;
  inputTestId?: string;
  /** The confirming button's words (default "Remove") and test id. */
  confirmLabel?: string;
  confirmTestId?: string;
  /** Words before the controls ("Remove web?"). */
  prompt?: ReactNode;
  /** The docker CLI command the step stands for, shown before the click (test id cli-preview). */
  cli?: string;
  /** Why the engine would refuse (in use by …), shown before the click. */
  warning?: ReactNode;
  /** More controls before Cancel (an "also delete its volumes" checkbox). */
  extra?: ReactNode;
  /** The open confirmation's test id. */
  testId?: string;
  /** The opener cannot be used (another step runs). */
  disabled?: boolean;
  /** While the step runs (the confirming button waits). */
  busy?: boolean;
  /** Close as soon as it is confirmed (default: stay open to show the answer). */
  closeOnConfirm?: boolean;
  onConfirm: (typed: string) => void;
  /** The answer to the last attempt, shown under the confirmation. */
  answer?: ReactNode;
}

export function Confirm(props: Props) {
  const {
    opener,
    openerTestId,
    quiet = false,
    typeName,
    confirmLabel = "Remove",
    confirmTestId,
    prompt,
    cli,
    warning,
    extra,
    testId,
    disabled = false,
    busy = false,
    closeOnConfirm = false,
    onConfirm,
    answer,
  } = props;
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  if (!open) {
    return (
      <button type="button" data-testid={openerTestId} disabled={disabled} className={quiet ? BUTTON : DANGER_BUTTON} onClick={() => setOpen(true)}>
        {opener}
      </button>
    );
  }
  const confirm = () => {
    if (closeOnConfirm) setOpen(false);
    onConfirm(typed);
  };
  return (
    <span data-testid={testId} role="group" aria-label={`Confirm: ${confirmLabel}`} className="flex flex-wrap items-center gap-1">
      {prompt && <span className="text-xs text-zinc-300">{prompt}</span>}
      {warning && (
        <span data-testid="confirm-warning" role="alert" className="w-full text-xs text-amber-200">
          {warning}
        </span>
      )}
      {cli && (
        <span className="block w-full">
          <CliBox cli={cli} testId="cli-preview" caption="docker CLI this runs" compact />
        </span>
      )}
      {typeName !== undefined ? (
        <TypeToConfirm
          name={typeName}
          typed={typed}
          onType={setTyped}
          inputTestId={props.inputTestId}
          inputLabel={props.inputLabel}
          buttonTestId={confirmTestId}
          label={confirmLabel}
          blocked={busy ? "removing…" : null}
          onRemove={confirm}
        />
      ) : (
        <button type="button" data-testid={confirmTestId} disabled={busy} onClick={confirm} className={DANGER_BUTTON}>
          {confirmLabel}
        </button>
      )}
      {extra}
      <button type="button" className={BUTTON} onClick={() => setOpen(false)}>
        Cancel
      </button>
      {answer}
    </span>
  );
}
