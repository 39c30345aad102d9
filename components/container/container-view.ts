// Container network facts in words: network mode explained, addresses per network, DNS settings; standalone containers first; pure.
import type { ContainerNetworkFacts } from "@/lib/detail-types";

/** What to say for `--network none`. */
export const LOOPBACK_ONLY = "Only the loopback interface exists (network mode none).";

export interface ModeText {
  /** HostConfig.NetworkMode as docker inspect shows it: default, bridge, host, none, container:ID, or a network's name. */
  mode: string;
  explanation: string;
}

/** The network mode, and what it means for the container's interfaces. */
export function networkModeText(c: ContainerNetworkFacts, all: readonly ContainerNetworkFacts[]): ModeText {
  const mode = c.networkMode;
  if (c.loopbackOnly || mode === "none") return { mode: "none", explanation: LOOPBACK_ONLY };
  if (mode === "host") return { mode: "host", explanation: "Shares the node's network stack: no interfaces of its own, ports are the node's." };
  const onBridge = c.networks.some((n) => n.name === "bridge");
  if (mode === "bridge" || (mode === "default" && onBridge)) return { mode, explanation: "On the node's docker0 bridge, through a veth pair." };
  if (mode === "default") {
    return {
      mode,
      explanation: c.taskId ? "A swarm task on its service's networks (below); traffic to the outside leaves through the node's docker_gwbridge." : "On the networks listed below.",
    };
  }
  if (mode.startsWith("container:")) {
    const ref = mode.slice("container:".length);
    const other = all.find((o) => o.id === ref || o.id.startsWith(ref) || o.name === ref);
    return { mode, explanation: `Shares the network stack of ${other ? other.name : `container ${ref.slice(0, 12)}`}.` };
  }
  return { mode, explanation: `On the user-defined network ${mode}.` };
}

/** "172.17.0.2/16", or the IPv6 address, or "no address". */
export function addressText(n: ContainerNetworkFacts["networks"][number]): string {
  const v4 = n.ipv4 ? (n.prefixLength !== null ? `${n.ipv4}/${n.prefixLength}` : n.ipv4) : null;
  return [v4, n.ipv6].filter(Boolean).join(", ") || "no address";
}

/** A list as text, or the word for "none set". */
export function listText(values: readonly string[], none: string): string {
  return values.length ? values.join(", ") : none;
}

/** Standalone containers first, then task containers; by node, then name. */
export function sortContainers(all: readonly ContainerNetworkFacts[]): ContainerNetworkFacts[] {
  return [...all].sort((a, b) => Number(a.taskId !== null) - Number(b.taskId !== null) || a.node.localeCompare(b.node) || a.name.localeCompare(b.name));
}

/** Changes when the set of task containers in the model changes (the page reads the containers again then). */
export function taskContainerSignature(tasks: Record<string, { containerId: string | null; state: string }>): string {
  return Object.values(tasks)
    .filter((t) => t.containerId)
    .map((t) => `${t.containerId}:${t.state}`)
    .sort()
    .join("|");
}
