// A remove guarded by typing the name: the monospace confirm input and the red Remove button, disabled until the name matches (or while blocked).
import { DANGER_BUTTON, INPUT } from "@/components/ui/styles";

interface Props {
  /** What must be typed (the service name, the node hostname). */
  name: string;
  typed: string;
  onType: (typed: string) => void;
  inputTestId?: string;
  buttonTestId?: string;
  /** Why removing is impossible (input and button disabled, shown as the button's title), or null. */
  blocked?: string | null;
  onRemove: () => void;
  /** The input's accessible name (default "Type NAME to confirm") and the button's words (default "Remove"). */
  inputLabel?: string;
  label?: string;
}

export function TypeToConfirm({ name, typed, onType, inputTestId, buttonTestId, blocked = null, onRemove, inputLabel, label = "Remove" }: Props) {
  return (
    <>
      <input
        type="text"
        data-testid={inputTestId}
        aria-label={inputLabel ?? `Type ${name} to confirm`}
        placeholder={name}
        value={typed}
        disabled={blocked !== null}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onType(e.target.value)}
        className={`${INPUT} flex-1 font-mono`}
      />
      <button type="button" data-testid={buttonTestId} disabled={blocked !== null || typed !== name} title={blocked ?? undefined} onClick={onRemove} className={DANGER_BUTTON}>
        {label}
      </button>
    </>
  );
}
