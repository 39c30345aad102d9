// A small bordered label in one of the node header tones.
import type { ReactNode } from "react";
import { TONE_PILL, type Tone } from "./tone";

export function Pill({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center gap-1 rounded border px-1.5 text-[11px] font-medium leading-[18px] ${TONE_PILL[tone]}`}>
      {children}
    </span>
  );
}
