// One text input in the kit's style: named by aria-label (or by a <label htmlFor> through its id); "code" for names, images and
// commands (monospace, no spell check).
import { INPUT } from "./styles";

export interface TextBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** The accessible name (omit when a <label htmlFor={id}> names it). */
  label?: string;
  id?: string;
  testId?: string;
  placeholder?: string;
  /** The Tailwind width class ("w-full", "w-24", "flex-1"). */
  width?: string;
  /** Monospace, no spell check. */
  code?: boolean;
  autoComplete?: "off";
  /** "search": the page's search or filter box, the one the "/" shortcut focuses (components/nav/KeyboardShortcuts). */
  type?: "text" | "search";
  spellCheck?: false;
  /** Classes instead of the kit's input look (toolbars). */
  className?: string;
}

export function TextBox({ value, onChange, label, id, testId, placeholder, width, code = false, autoComplete, type, spellCheck, className }: TextBoxProps) {
  const look = className ?? [INPUT, width, code ? "font-mono" : null].filter(Boolean).join(" ");
  return (
    <input
      type={type}
      id={id}
      data-testid={testId}
      data-shortcut={type === "search" ? "search" : undefined}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      spellCheck={code ? false : spellCheck}
      autoComplete={autoComplete}
      onChange={(e) => onChange(e.target.value)}
      className={look}
    />
  );
}
