// The topology as a graph, from the live model: swarm nodes, overlay networks and tasks, with task→node and task→network edges; pure.
import type { ClusterState, NetworkView, TaskView } from "@/lib/model-types";
import { sortNodes } from "@/components/visualizer/node-order";
import { serviceNameOf, taskName } from "@/components/visualizer/task-display";

export type TopoKind = "node" | "network" | "task";

export interface TopoNode {
  /** Unique across kinds: "node:<id>", "network:<id>", "task:<id>". */
  key: string;
  kind: TopoKind;
  /** The engine's ID. */
  id: string;
  label: string;
  /** Hover text: everything the shape does not say. */
  title: string;
  /** Left-to-right rank among its kind (nodes as the visualizer orders columns, networks by name). */
  rank: number;
  /** Tasks: service name and state; nodes: manager/worker, down; networks: ingress. */
  serviceName: string | null;
  state: string | null;
  manager: boolean;
  down: boolean;
  ingress: boolean;
  /** Tasks: the graph key of the node they run on (for placing a new task near it). */
  anchor: string | null;
}

export interface TopoLink {
  key: string;
  kind: "runs-on" | "attached";
  source: string;
  target: string;
  /** "attached": the task's addresses on the network (CIDR form); empty for "runs-on". */
  addresses: string[];
}

export interface TopoGraph {
  nodes: TopoNode[];
  links: TopoLink[];
}

export interface TopoOptions {
  /** Every task the model keeps (history too), not only running ones. */
  allTasks: boolean;
}

type Model = Pick<ClusterState, "nodes" | "services" | "tasks" | "networks">;

export const nodeKey = (id: string) => `node:${id}`;
export const networkKey = (id: string) => `network:${id}`;
export const taskKey = (id: string) => `task:${id}`;

const blank = { serviceName: null, state: null, manager: false, down: false, ingress: false, anchor: null };

/** Overlay (swarm-scope) networks: the ones tasks on different nodes share. */
export function overlayNetworks(networks: Record<string, NetworkView>): NetworkView[] {
  return Object.values(networks)
    .filter((n) => n.driver === "overlay" && n.scope === "swarm")
    .sort((a, b) => Number(a.ingress) - Number(b.ingress) || a.name.localeCompare(b.name, "en", { numeric: true }));
}

export function shownTasks(tasks: Record<string, TaskView>, options: TopoOptions): TaskView[] {
  return Object.values(tasks)
    .filter((t) => options.allTasks || t.state === "running")
    .sort((a, b) => a.serviceId.localeCompare(b.serviceId) || (a.slot ?? 0) - (b.slot ?? 0) || a.id.localeCompare(b.id));
}

export function buildTopology(model: Model, options: TopoOptions): TopoGraph {
  const nodes: TopoNode[] = [];
  const links: TopoLink[] = [];
  const hostname = new Map<string, string>();
  const netName = new Map<string, string>();

  sortNodes(Object.values(model.nodes)).forEach((n, rank) => {
    hostname.set(n.id, n.hostname);
    const role = n.role === "manager" ? (n.manager?.leader ? "manager (leader)" : "manager") : "worker";
    nodes.push({
      ...blank,
      key: nodeKey(n.id),
      kind: "node",
      id: n.id,
      label: n.hostname,
      title: `${n.hostname} — ${role}, ${n.status}, ${n.availability}${n.addr ? `, ${n.addr}` : ""}`,
      rank,
      manager: n.role === "manager",
      down: n.status !== "ready",
    });
  });

  overlayNetworks(model.networks).forEach((net, rank) => {
    netName.set(net.id, net.name);
    const subnets = net.subnets.map((s) => s.subnet).join(", ");
    nodes.push({
      ...blank,
      key: networkKey(net.id),
      kind: "network",
      id: net.id,
      label: net.name,
      title: `${net.name} — ${net.ingress ? "ingress (routing mesh)" : "overlay"}${subnets ? `, ${subnets}` : ""}`,
      rank,
      ingress: net.ingress,
    });
  });

  shownTasks(model.tasks, options).forEach((t, rank) => {
    const serviceName = serviceNameOf(model.services[t.serviceId], t);
    const name = taskName(t, serviceName);
    const onNode = t.nodeId && hostname.has(t.nodeId) ? t.nodeId : null;
    const attachments = t.networks.filter((a) => netName.has(a.id));
    const where = onNode ? `on ${hostname.get(onNode)}` : "not on a node";
    const addresses = attachments.map((a) => `${netName.get(a.id)} ${a.addresses.join(", ") || "(no address)"}`);
    nodes.push({
      ...blank,
      key: taskKey(t.id),
      kind: "task",
      id: t.id,
      label: name,
      title: [`${name} — ${t.state} ${where}`, ...addresses].join("\n"),
      rank,
      serviceName,
      state: t.state,
      anchor: onNode ? nodeKey(onNode) : null,
    });
    if (onNode) links.push({ key: `${taskKey(t.id)}>${nodeKey(onNode)}`, kind: "runs-on", source: taskKey(t.id), target: nodeKey(onNode), addresses: [] });
    for (const a of attachments) {
      links.push({ key: `${taskKey(t.id)}>${networkKey(a.id)}`, kind: "attached", source: taskKey(t.id), target: networkKey(a.id), addresses: [...a.addresses] });
    }
  });

  return { nodes, links };
}
