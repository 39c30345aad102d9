// The words and colours a node column header uses for role, manager status, availability and status.
import type { Tone } from "@/components/ui/tone";
import type { NodeView } from "@/lib/model-types";

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
