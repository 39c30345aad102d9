// What colour and word each timeline kind gets (the bar's markers, the /timeline list): one table.
import type { TimelineKind } from "@/lib/history-types";
import type { Tone } from "@/components/ui/tone";

/** The kinds grouped by what they are about, each group with a tone (pills) and a marker colour (the bar). */
const GROUPS: { tone: Tone; color: string; kinds: TimelineKind[] }[] = [
  { tone: "bad", color: "#f87171", kinds: ["task-failed", "node-down", "service-removed", "node-left", "stack-removed"] },
  { tone: "warn", color: "#fbbf24", kinds: ["node-drained", "node-paused", "service-rollback"] },
  { tone: "good", color: "#34d399", kinds: ["service-created", "node-active", "node-up", "node-joined", "stack-deployed", "service-updated"] },
  { tone: "info", color: "#38bdf8", kinds: ["service-scaled", "service-updating", "leader", "action"] },
  { tone: "neutral", color: "#a1a1aa", kinds: ["engine-event", "gap"] },
];

export function kindTone(kind: TimelineKind): Tone {
  return GROUPS.find((g) => g.kinds.includes(kind))?.tone ?? "neutral";
}

export function kindColor(kind: TimelineKind): string {
  return GROUPS.find((g) => g.kinds.includes(kind))?.color ?? "#a1a1aa";
}

/** "node-drained" → "node drained". */
export function kindLabel(kind: TimelineKind): string {
  return kind.replace(/-/g, " ");
}
