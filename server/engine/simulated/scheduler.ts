// The simulated scheduler: node positions and loads, swarmkit's filters (ready and active, constraints, max replicas per node) with their "no suitable node (…)" explanation, then spread.
import type { EngineNode } from "../../../lib/engine-types";
import { type Constraint, meetsConstraints } from "./constraints";

/** What the scheduler keeps per service: its constraints, MaxReplicas, its live tasks per node position, and the nodes found eligible. */
export interface Placed {
  constraints: Constraint[];
  maxReplicas: number;
  spread: number[];
  eligible?: Eligible;
}

interface Eligible {
  epoch: number;
  positions: number[];
  notReady: number;
  unmet: number;
}

export class Scheduler {
  private readonly position = new Map<string, number>();
  /** Node IDs by position (join order); null where a node was removed. */
  readonly nodeIds: (string | null)[] = [];
  private readonly load: number[] = [];
  /** Bumped on every node change: eligibility caches older than it are stale. */
  private epoch = 0;

  constructor(private readonly nodes: ReadonlyMap<string, EngineNode>) {}

  add(id: string): void {
    this.position.set(id, this.nodeIds.length);
    this.nodeIds.push(id);
    this.load.push(0);
    this.changed();
  }

  remove(id: string): void {
    const at = this.position.get(id);
    if (at === undefined) return;
    this.position.delete(id);
    this.nodeIds[at] = null;
    this.changed();
  }

  changed(): void {
    this.epoch++;
  }

  /** Adds (or takes away) one live task of `service` on `nodeId`. */
  count(service: Placed, nodeId: string | undefined, d: 1 | -1): boolean {
    const at = this.position.get(nodeId ?? "");
    if (at === undefined) return false;
    this.load[at] += d;
    service.spread[at] = (service.spread[at] ?? 0) + d;
    return true;
  }

  /** How many of the service's live tasks run on the node. */
  tasksOn(service: Placed, nodeId: string | undefined): number {
    return service.spread[this.position.get(nodeId ?? "") ?? -1] ?? 0;
  }

  private eligible(s: Placed): Eligible {
    if (s.eligible?.epoch === this.epoch) return s.eligible;
    let notReady = 0;
    let unmet = 0;
    const positions: number[] = [];
    this.nodeIds.forEach((id, i) => {
      if (!id) return;
      const n = this.nodes.get(id)!;
      if (n.Spec.Availability !== "active" || n.Status.State !== "ready") notReady++;
      else if (!meetsConstraints(n, s.constraints)) unmet++;
      else positions.push(i);
    });
    return (s.eligible = { epoch: this.epoch, positions, notReady, unmet });
  }

  /** Whether the node passes the filters for this service (a global task's node). */
  fits(s: Placed, nodeId: string): boolean {
    const at = this.position.get(nodeId);
    return at !== undefined && this.eligible(s).positions.includes(at);
  }

  /** swarmkit's spread: an eligible node with the fewest tasks of this service, then the fewest tasks; null when none fits. */
  pick(s: Placed): string | null {
    let best = -1;
    let bestService = Infinity;
    let bestAll = Infinity;
    for (const at of this.eligible(s).positions) {
      const mine = s.spread[at] ?? 0;
      if (s.maxReplicas > 0 && mine >= s.maxReplicas) continue;
      const all = this.load[at];
      if (mine < bestService || (mine === bestService && all < bestAll)) {
        best = at;
        bestService = mine;
        bestAll = all;
        if (mine === 0 && all === 0) break;
      }
    }
    return best < 0 ? null : this.nodeIds[best];
  }

  /** The scheduler's Status.Err, e.g. "no suitable node (2 nodes not available for new tasks; scheduling constraints not satisfied on 3 nodes)". */
  explain(s: Placed): string {
    const e = this.eligible(s);
    const nodes = (n: number) => (n === 1 ? "1 node" : `${n} nodes`);
    const parts: string[] = [];
    if (e.notReady > 0) parts.push(`${nodes(e.notReady)} not available for new tasks`);
    if (e.unmet > 0) parts.push(`scheduling constraints not satisfied on ${nodes(e.unmet)}`);
    if (e.positions.length > 0) parts.push(`max replicas per node limit exceed`);
    return parts.length > 0 ? `no suitable node (${parts.join("; ")})` : "no suitable node";
  }
}
