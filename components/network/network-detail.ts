// The network detail page's pure parts: when to fetch again, the attached tasks as rows, and which services can be attached or detached.
import type { NetworkDetail } from "@/lib/detail-types";
import type { ClusterState, NetworkView, ServiceView } from "@/lib/model-types";
import { isTerminal } from "@/lib/task-states";
import type { TaskState } from "@/lib/engine-types";
import { shortId } from "@/components/ui/format";
import { taskName } from "@/components/visualizer/task-display";

type Model = Pick<ClusterState, "services" | "tasks" | "networks">;

/**
 * Changes whenever what the detail shows from the model changes: the network, the services using it,
 * and each attached task's state, node and addresses. The page fetches again when it does.
 */
export function networkSignature(model: Model, networkId: string): string {
  const net = model.networks[networkId];
  const parts: string[] = [net ? `${net.id}@${net.name}` : "missing"];
  for (const s of Object.values(model.services)) if (s.networks.includes(networkId)) parts.push(`s:${s.id}:${s.name}`);
  for (const t of Object.values(model.tasks)) {
    const att = t.networks.find((n) => n.id === networkId);
    if (att) parts.push(`t:${t.id}:${t.state}:${t.nodeId ?? ""}:${att.addresses.join(",")}`);
  }
  return parts.sort().join("|");
}

export interface TaskRow {
  taskId: string;
  name: string;
  serviceId: string;
  serviceName: string;
  nodeName: string;
  state: string;
  ended: boolean;
  addresses: string[];
}

/** Live tasks first, then by service and slot; named as docker service ps names them. */
export function taskRows(detail: NetworkDetail, model: Pick<ClusterState, "tasks">): TaskRow[] {
  return detail.tasks
    .map((t) => {
      const task = model.tasks[t.taskId];
      return {
        taskId: t.taskId,
        name: task ? taskName(task, t.serviceName) : t.slot !== null ? `${t.serviceName}.${t.slot}` : `${t.serviceName}.${shortId(t.taskId, 6)}`,
        serviceId: t.serviceId,
        serviceName: t.serviceName,
        nodeName: t.nodeName ?? (t.nodeId ? shortId(t.nodeId) : "not on a node"),
        state: t.state,
        ended: isTerminal(t.state as TaskState),
        addresses: t.addresses,
        slot: t.slot ?? Infinity,
      };
    })
    .sort((a, b) => Number(a.ended) - Number(b.ended) || a.serviceName.localeCompare(b.serviceName) || a.slot - b.slot || a.taskId.localeCompare(b.taskId))
    .map(({ slot: _slot, ...row }) => row);
}

/** Why services cannot be attached to this network from here, or null when they can (swarm scope, not ingress). */
export function attachRefusal(network: Pick<NetworkView, "scope" | "ingress" | "name">): string | null {
  if (network.ingress) return `${network.name} is the ingress network: services join it by publishing ports in ingress mode.`;
  if (network.scope !== "swarm") return `${network.name} is a ${network.scope} network: services attach only to swarm-scope (overlay) networks.`;
  return null;
}

/** Services not attached to the network yet, by name. */
/** The services attached to the network, by name (what makes the engine refuse to remove it). */
export function attachedServiceNames(services: Record<string, ServiceView>, networkId: string): string[] {
  return Object.values(services)
    .filter((s) => s.networks.includes(networkId))
    .map((s) => s.name)
    .sort();
}

export function attachableServices(services: Record<string, ServiceView>, networkId: string): ServiceView[] {
  return Object.values(services)
    .filter((s) => !s.networks.includes(networkId))
    .sort((a, b) => a.name.localeCompare(b.name));
}
