// The words and colours a node column header uses for role, manager status, availability and status.
import type { NodeView } from "@/lib/model-types";

export type Tone = "good" | "warn" | "bad" | "neutral" | "info";

export interface NodeLabel {
  text: string;
  tone: Tone;
}

const capital = (word: string) => (word ? word[0].toUpperCase() + word.slice(1) : "Unknown");

export function roleLabel(node: NodeView): NodeLabel {
  return node.role === "manager" ? { text: "Manager", tone: "info" } : { text: "Worker", tone: "neutral" };
}

/** Leader / Reachable / Unreachable / Unknown for managers; null for workers. */
export function managerStatusLabel(node: NodeView): NodeLabel | null {
  if (node.role !== "manager" || !node.manager) return node.role === "manager" ? { text: "Unknown", tone: "warn" } : null;
  if (node.manager.leader) return { text: "Leader", tone: "good" };
  switch (node.manager.reachability) {
    case "reachable":
      return { text: "Reachable", tone: "good" };
    case "unreachable":
      return { text: "Unreachable", tone: "bad" };
    default:
      return { text: "Unknown", tone: "warn" };
  }
}

export function availabilityLabel(node: NodeView): NodeLabel {
  switch (node.availability) {
    case "active":
      return { text: "Active", tone: "good" };
    case "pause":
      return { text: "Pause", tone: "warn" };
    case "drain":
      return { text: "Drain", tone: "bad" };
    default:
      return { text: capital(String(node.availability ?? "")), tone: "neutral" };
  }
}

export function statusLabel(node: NodeView): NodeLabel {
  switch (node.status) {
    case "ready":
      return { text: "Ready", tone: "good" };
    case "down":
      return { text: "Down", tone: "bad" };
    case "disconnected":
      return { text: "Disconnected", tone: "bad" };
    default:
      return { text: capital(String(node.status ?? "")), tone: "warn" };
  }
}

/** Tailwind classes of a small header pill, per tone. */
export const TONE_PILL: Record<Tone, string> = {
  good: "border-emerald-500/40 bg-emerald-500/15 text-emerald-300",
  warn: "border-amber-500/50 bg-amber-500/15 text-amber-300",
  bad: "border-red-500/50 bg-red-500/15 text-red-300",
  info: "border-sky-500/40 bg-sky-500/15 text-sky-300",
  neutral: "border-zinc-600 bg-zinc-800 text-zinc-300",
};
