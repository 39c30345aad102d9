// The networks table's rows from the live model: addressing, flags, labels, stack, and how many services and live tasks are attached; pure.
import type { NetworkView, ServiceView, TaskView } from "@/lib/model-types";
import { isTerminal } from "@/lib/task-states";

export interface NetworkRow {
  id: string;
  name: string;
  driver: string;
  scope: string;
  subnets: string[];
  gateways: string[];
  ipRanges: string[];
  /** attachable, internal, ingress, encrypted, IPv6: only those that are set. */
  flags: string[];
  labels: { key: string; value: string }[];
  stack: string | null;
  /** Tasks not yet ended whose attachments include this network. */
  tasks: number;
  services: number;
}

/** Network ID → number of tasks, not yet ended, attached to it (from TaskView.networks). */
export function attachedTaskCounts(tasks: Record<string, TaskView>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const task of Object.values(tasks)) {
    if (isTerminal(task.state)) continue;
    for (const net of task.networks) counts.set(net.id, (counts.get(net.id) ?? 0) + 1);
  }
  return counts;
}

export function networkFlags(net: NetworkView): string[] {
  const flags: [boolean, string][] = [
    [net.attachable, "attachable"],
    [net.internal, "internal"],
    [net.ingress, "ingress"],
    [net.encrypted, "encrypted"],
    [net.ipv6, "IPv6"],
  ];
  return flags.filter(([on]) => on).map(([, word]) => word);
}

const present = (values: (string | null)[]): string[] => values.filter((v): v is string => v !== null && v !== "");

/** Swarm-scope networks first, then local ones; by name within each. */
export function networkRows(networks: Record<string, NetworkView>, services: Record<string, ServiceView>, tasks: Record<string, TaskView>): NetworkRow[] {
  const taskCounts = attachedTaskCounts(tasks);
  const serviceCounts = new Map<string, number>();
  for (const s of Object.values(services)) for (const id of s.networks) serviceCounts.set(id, (serviceCounts.get(id) ?? 0) + 1);
  return Object.values(networks)
    .map((net) => ({
      id: net.id,
      name: net.name,
      driver: net.driver,
      scope: net.scope,
      subnets: present(net.subnets.map((s) => s.subnet)),
      gateways: present(net.subnets.map((s) => s.gateway)),
      ipRanges: present(net.subnets.map((s) => s.ipRange)),
      flags: networkFlags(net),
      labels: Object.entries(net.labels)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => ({ key, value })),
      stack: net.stack,
      tasks: taskCounts.get(net.id) ?? 0,
      services: serviceCounts.get(net.id) ?? 0,
    }))
    .sort((a, b) => Number(a.scope === "local") - Number(b.scope === "local") || a.name.localeCompare(b.name));
}
