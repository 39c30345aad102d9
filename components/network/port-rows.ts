// The Ports table: every service's published ports in one list, and the routing-mesh (ingress-mode) ports; pure.
import type { NodeView, PortView, ServiceView, TaskView } from "@/lib/model-types";
import { isTerminal } from "@/lib/task-states";

export interface PortRow {
  key: string;
  serviceId: string;
  serviceName: string;
  target: number;
  published: number | null;
  protocol: PortView["protocol"];
  mode: PortView["mode"];
  /** Host mode: "worker1:8080" for each node a live task publishes this target on (Status.PortStatus; the engine may list a binding twice, IPv4 and IPv6). */
  hostBindings: string[];
}

const portKey = (p: PortView) => `${p.target}/${p.protocol}/${p.mode}`;

/** Every published port of every service, by published port (unpublished last), then service name. */
export function portRows(services: Record<string, ServiceView>, tasks: Record<string, TaskView>, nodes: Record<string, NodeView>): PortRow[] {
  const bindings = new Map<string, string[]>();
  for (const t of Object.values(tasks)) {
    if (isTerminal(t.state)) continue;
    for (const p of t.ports) {
      const key = `${t.serviceId} ${portKey(p)}`;
      const node = t.nodeId ? (nodes[t.nodeId]?.hostname ?? t.nodeId) : "unassigned";
      bindings.set(key, [...(bindings.get(key) ?? []), `${node}:${p.published ?? "?"}`]);
    }
  }
  const rows = Object.values(services).flatMap((s) =>
    s.ports.map((p, i) => ({
      key: `${s.id}/${i}`,
      serviceId: s.id,
      serviceName: s.name,
      target: p.target,
      published: p.published,
      protocol: p.protocol,
      mode: p.mode,
      hostBindings: p.mode === "host" ? [...new Set(bindings.get(`${s.id} ${portKey(p)}`) ?? [])].sort() : [],
    })),
  );
  return rows.sort((a, b) => (a.published ?? Infinity) - (b.published ?? Infinity) || a.serviceName.localeCompare(b.serviceName) || a.target - b.target);
}

/** The ports the routing mesh publishes on every node (ingress mode, with a published port). */
export function routingMeshRows(rows: readonly PortRow[]): PortRow[] {
  return rows.filter((r) => r.mode === "ingress" && r.published !== null);
}

/** What the Published column says: the port, or how the engine picks one. */
export function publishedText(row: PortRow): string {
  if (row.published !== null) return String(row.published);
  return row.mode === "host" ? "random, per task" : "assigned by the swarm";
}
