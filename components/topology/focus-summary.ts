// What the topology's readout says about the hovered or focused thing: a network's tasks by node, a node's tasks by network, a task's addresses; pure.
import { plural } from "@/components/ui/format";
import type { TopoGraph, TopoNode } from "./topology-graph";

export interface FocusGroup {
  label: string;
  items: string[];
}

export interface FocusSummary {
  kind: TopoNode["kind"];
  heading: string;
  detail: string;
  groups: FocusGroup[];
}

function grouped(entries: { group: string; rank: number; item: string }[]): FocusGroup[] {
  const groups = new Map<string, { rank: number; items: string[] }>();
  for (const e of entries) {
    const g = groups.get(e.group) ?? { rank: e.rank, items: [] };
    g.items.push(e.item);
    groups.set(e.group, g);
  }
  return [...groups.entries()].sort(([, a], [, b]) => a.rank - b.rank).map(([label, g]) => ({ label, items: g.items }));
}

export function focusSummary(graph: TopoGraph, key: string | null): FocusSummary | null {
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  const focus = key ? byKey.get(key) : undefined;
  if (!focus) return null;
  const runsOn = new Map<string, TopoNode>();
  for (const l of graph.links) if (l.kind === "runs-on") runsOn.set(l.source, byKey.get(l.target)!);
  const attached = graph.links.filter((l) => l.kind === "attached");
  const withAddress = (task: TopoNode, addresses: string[]) => (addresses.length ? `${task.label} ${addresses.join(", ")}` : task.label);

  if (focus.kind === "network") {
    const entries = attached
      .filter((l) => l.target === focus.key)
      .map((l) => {
        const task = byKey.get(l.source)!;
        const node = runsOn.get(l.source);
        return { group: node?.label ?? "not on a node", rank: node?.rank ?? Infinity, item: withAddress(task, l.addresses) };
      });
    const nodes = new Set(entries.map((e) => e.group)).size;
    return { kind: "network", heading: focus.label, detail: `${plural(entries.length, "task")} on ${plural(nodes, "node")}`, groups: grouped(entries) };
  }

  if (focus.kind === "node") {
    const tasks = [...runsOn.entries()].filter(([, node]) => node.key === focus.key).map(([taskKey]) => byKey.get(taskKey)!);
    const entries = tasks.flatMap((task) => {
      const nets = attached.filter((l) => l.source === task.key);
      if (nets.length === 0) return [{ group: "no overlay network", rank: Infinity, item: task.label }];
      return nets.map((l) => {
        const net = byKey.get(l.target)!;
        return { group: net.label, rank: net.rank, item: withAddress(task, l.addresses) };
      });
    });
    return { kind: "node", heading: focus.label, detail: plural(tasks.length, "task"), groups: grouped(entries) };
  }

  const [first, ...addresses] = focus.title.split("\n");
  return {
    kind: "task",
    heading: focus.label,
    detail: first.slice(first.indexOf(" — ") + 3),
    groups: addresses.length ? [{ label: "networks", items: addresses }] : [{ label: "networks", items: ["no overlay network"] }],
  };
}

/** Which side the readout goes to, so it does not cover what it describes: away from the focused thing (tasks: from their node). */
export function readoutSide(graph: TopoGraph, key: string | null): "left" | "right" {
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  const focus = key ? byKey.get(key) : undefined;
  const placed = focus?.anchor ? byKey.get(focus.anchor) : focus;
  if (!placed) return "right";
  const ofKind = graph.nodes.filter((n) => n.kind === placed.kind).length;
  return (placed.rank + 0.5) / Math.max(1, ofKind) > 0.5 ? "left" : "right";
}
