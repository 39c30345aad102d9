// What promoting or demoting a node does to the managers' Raft quorum; shared by the server's checks and the UI's warnings.
import type { NodeView } from "./model-types";

export interface RoleChangeCheck {
  /** Refused outright (e.g. demoting the last manager). */
  refusal: string | null;
  warnings: string[];
}

const quorumOf = (managers: number) => Math.floor(managers / 2) + 1;

export function checkRoleChange(nodes: readonly NodeView[], nodeId: string, role: "manager" | "worker"): RoleChangeCheck {
  const node = nodes.find((n) => n.id === nodeId);
  const managers = nodes.filter((n) => n.role === "manager");
  const reachable = managers.filter((n) => n.manager?.reachability === "reachable").length;
  if (!node || node.role === role) return { refusal: null, warnings: [] };
  const warnings: string[] = [];
  let after = managers.length;
  let reachableAfter = reachable;
  if (role === "worker") {
    if (managers.length <= 1) return { refusal: `${node.hostname} is the last manager: a swarm needs at least one`, warnings };
    after -= 1;
    if (node.manager?.reachability === "reachable") reachableAfter -= 1;
  } else {
    after += 1;
    if (node.status !== "ready") warnings.push(`${node.hostname} is ${node.status}: it will count towards quorum but cannot vote until it is back`);
  }
  if (reachableAfter < quorumOf(after)) {
    warnings.push(`with ${after} managers the quorum is ${quorumOf(after)}, but only ${reachableAfter} would be reachable: the swarm would lose quorum`);
  }
  if (after % 2 === 0) {
    warnings.push(`${after} managers is an even number: it tolerates no more failures than ${after - 1} (odd numbers are better)`);
  }
  return { refusal: null, warnings };
}
