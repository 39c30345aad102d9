// The order of node columns: managers first (the leader first), then workers, each by hostname.
import type { NodeView } from "@/lib/model-types";

function rank(node: NodeView): number {
  if (node.role === "manager") return node.manager?.leader ? 0 : 1;
  return 2;
}

export function compareNodes(a: NodeView, b: NodeView): number {
  return rank(a) - rank(b) || a.hostname.localeCompare(b.hostname, "en", { numeric: true }) || a.id.localeCompare(b.id);
}

/** The nodes as columns, left to right (a new array). */
export function sortNodes(nodes: Iterable<NodeView>): NodeView[] {
  return [...nodes].sort(compareNodes);
}
