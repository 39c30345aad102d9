// A <select> of fixed choices, each shown as its value or its label (roles, tail lengths, protocols, settings sets).
interface Props<T extends string | number> {
  value: T;
  choices: readonly T[];
  onChange: (value: string) => void;
  label?: string;
  testId?: string;
  className: string;
  /** The words for a choice (default: the value itself). */
  labelOf?: (choice: T) => string;
}

export function Choice<T extends string | number>({ value, choices, onChange, label, testId, className, labelOf = String }: Props<T>) {
  return (
    <select data-testid={testId} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} className={className}>
      {choices.map((c) => (
        <option key={c} value={c}>
          {labelOf(c)}
        </option>
      ))}
    </select>
  );
}
