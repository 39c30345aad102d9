// What went wrong, in red and announced (role="alert"): inline under a control or in a box on a page; nothing when there is no problem.
import type { ReactNode } from "react";

interface Props {
  /** The problem; nothing is drawn when it is null, undefined or empty. */
  of: ReactNode;
  /** Words before it ("Could not read the users:"). */
  prefix?: string;
  /** A bordered box (a page's or section's problem) rather than a line of text. */
  boxed?: boolean;
  testId?: string;
  className?: string;
}

const LOOK = {
  line: "text-red-300",
  box: "rounded-md border border-red-800/70 bg-red-950/40 px-3 py-2 text-sm text-red-200",
};

export function Problem({ of, prefix, boxed = false, testId, className }: Props) {
  if (of === null || of === undefined || of === false || of === "") return null;
  return (
    <p data-testid={testId} role="alert" className={className ? `${boxed ? LOOK.box : LOOK.line} ${className}` : boxed ? LOOK.box : LOOK.line}>
      {prefix ? `${prefix} ` : null}
      {of}
    </p>
  );
}
