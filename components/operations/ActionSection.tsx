// One operation in an actions panel: a title, its controls, a note (e.g. why it is disabled) and the command it will run.
import type { ReactNode } from "react";
import { CliBox } from "@/components/ui/CliBox";

interface Props {
  title: string;
  /** data-testid of the section. */
  testId: string;
  /** The docker CLI command(s) the controls will run (null: nothing to run yet). */
  cli: string | string[] | null;
  note?: ReactNode;
  children: ReactNode;
}

export function ActionSection({ title, testId, cli, note, children }: Props) {
  return (
    <section data-testid={testId} className="space-y-1.5 rounded-lg border border-zinc-800 bg-zinc-900/50 p-2">
      <h4 className="text-[11px] font-semibold uppercase tracking-wide text-zinc-400">{title}</h4>
      <div className="flex flex-wrap items-center gap-1.5">{children}</div>
      {note && <p className="text-[11px] leading-snug text-zinc-400">{note}</p>}
      {(Array.isArray(cli) ? cli : cli ? [cli] : []).map((line) => (
        <CliBox key={line} cli={line} testId="cli-preview" caption="the docker CLI command this runs" compact />
      ))}
    </section>
  );
}
