// The five tones of the design layer (good, warn, bad, info, neutral) and their pill colours.

export type Tone = "good" | "warn" | "bad" | "neutral" | "info";

/** Tailwind classes of a small header pill, per tone. */
export const TONE_PILL: Record<Tone, string> = {
  good: "border-emerald-500/40 bg-emerald-500/15 text-emerald-300",
  warn: "border-amber-500/50 bg-amber-500/15 text-amber-300",
  bad: "border-red-500/50 bg-red-500/15 text-red-300",
  info: "border-sky-500/40 bg-sky-500/15 text-sky-300",
  neutral: "border-zinc-600 bg-zinc-800 text-zinc-300",
};
