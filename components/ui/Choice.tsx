// A <select> of fixed choices, each shown as its value (roles, tail lengths, protocols).
interface Props<T extends string | number> {
  value: T;
  choices: readonly T[];
  onChange: (value: string) => void;
  label?: string;
  testId?: string;
  className: string;
}

export function Choice<T extends string | number>({ value, choices, onChange, label, testId, className }: Props<T>) {
  return (
    <select data-testid={testId} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} className={className}>
      {choices.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
}
