// Keeps the force layout's node objects across model changes: same key → same object (position kept), new ones seeded near their anchor; pure.
import type { TopoGraph, TopoKind, TopoLink, TopoNode } from "./topology-graph";

/** A graph node as the simulation holds it (d3 adds x, y, vx, vy; fx, fy while dragged). */
export interface SimNode extends TopoNode {
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
  fx?: number | null;
  fy?: number | null;
}

export interface Size {
  width: number;
  height: number;
}

export interface GraphChange {
  nodes: SimNode[];
  links: TopoLink[];
  added: string[];
  removed: string[];
  /** Nodes or edges came or went: the layout needs a (gentle) reheat. Otherwise only looks changed. */
  structureChanged: boolean;
}

/** Where each kind sits: swarm nodes in a row along the top, networks along the bottom, tasks in between. */
export const ROW: Record<TopoKind, number> = { node: 0.13, task: 0.5, network: 0.87 };

/** The point a node of this kind and rank is pulled towards (tasks: only their row matters). */
export function homeOf(node: Pick<TopoNode, "kind" | "rank">, countOfKind: number, size: Size): { x: number; y: number } {
  const n = Math.max(1, countOfKind);
  return { x: ((node.rank + 0.5) / n) * size.width, y: ROW[node.kind] * size.height };
}

/** A small, stable offset from an ID, so new tasks on one node do not start on the same spot. */
export function jitter(key: string, spread: number): { dx: number; dy: number } {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  const a = ((h >>> 0) % 3600) / 3600;
  const b = (((h >>> 12) >>> 0) % 1000) / 1000;
  const angle = a * 2 * Math.PI;
  return { dx: Math.cos(angle) * spread * (0.4 + 0.6 * b), dy: Math.sin(angle) * spread * (0.4 + 0.6 * b) };
}

export function countByKind(nodes: readonly TopoNode[]): Record<TopoKind, number> {
  const counts: Record<TopoKind, number> = { node: 0, network: 0, task: 0 };
  for (const n of nodes) counts[n.kind]++;
  return counts;
}

/**
 * The next graph for the simulation: existing objects are updated in place (keeping x/y/vx/vy),
 * new nodes start at their anchor (tasks: beside their node, between it and the networks) or their home.
 */
export function reconcileGraph(previous: ReadonlyMap<string, SimNode>, previousLinks: readonly TopoLink[], next: TopoGraph, size: Size): GraphChange {
  const counts = countByKind(next.nodes);
  const nodes: SimNode[] = [];
  const added: string[] = [];
  const seen = new Set<string>();
  for (const data of next.nodes) {
    seen.add(data.key);
    const kept = previous.get(data.key);
    if (kept) {
      Object.assign(kept, data);
      nodes.push(kept);
      continue;
    }
    added.push(data.key);
    const anchor = data.anchor ? previous.get(data.anchor) : undefined;
    const home = homeOf(data, counts[data.kind], size);
    const start = anchor && anchor.x !== undefined && anchor.y !== undefined ? { x: anchor.x, y: anchor.y + size.height * 0.18 } : { x: home.x, y: home.y };
    const { dx, dy } = jitter(data.key, data.kind === "task" ? 24 : 4);
    nodes.push({ ...data, x: start.x + dx, y: start.y + dy, vx: 0, vy: 0 });
  }
  const removed = [...previous.keys()].filter((k) => !seen.has(k));
  const before = new Set(previousLinks.map((l) => l.key));
  const linksChanged = next.links.length !== previousLinks.length || next.links.some((l) => !before.has(l.key));
  return { nodes, links: next.links, added, removed, structureChanged: added.length > 0 || removed.length > 0 || linksChanged };
}
