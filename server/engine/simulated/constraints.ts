// Placement constraints as swarmkit reads them (node.id, node.hostname, node.role, node.platform.*, node.labels.X, engine.labels.X; == and !=) and whether a node meets them.
import type { EngineNode } from "../../../lib/engine-types";
import { EngineError } from "../client";

export interface Constraint {
  key: string;
  equal: boolean;
  value: string;
}

const invalid = (message: string) => new EngineError(`rpc error: code = InvalidArgument desc = ${message}`, 400, null);

/** Parses `docker service create --constraint` expressions; a malformed one is refused as swarmkit refuses it. */
export function parseConstraints(list: readonly string[] | undefined): Constraint[] {
  return (list ?? []).map((expr) => {
    const m = /^\s*([^=!\s]+)\s*(==|!=)\s*(.*?)\s*$/.exec(expr);
    if (!m || m[3] === "" || /[=!]=/.test(m[3])) throw invalid("constraint expected one operator from ==, !=");
    const key = m[1].toLowerCase().startsWith("node.labels.") || m[1].toLowerCase().startsWith("engine.labels.") ? m[1] : m[1].toLowerCase();
    const known = ["node.id", "node.hostname", "node.role", "node.platform.os", "node.platform.arch"];
    if (!known.includes(key) && !/^node\.labels\../i.test(key) && !/^engine\.labels\../i.test(key) && !/^node\.ip$/i.test(key)) {
      throw invalid(`constraint key "${m[1]}" is not supported`);
    }
    return { key, equal: m[2] === "==", value: m[3] };
  });
}

function nodeValue(node: EngineNode, key: string): string | undefined {
  switch (key) {
    case "node.id":
      return node.ID;
    case "node.hostname":
      return node.Description?.Hostname;
    case "node.role":
      return node.Spec.Role;
    case "node.platform.os":
      return node.Description?.Platform?.OS;
    case "node.platform.arch":
      return node.Description?.Platform?.Architecture;
    case "node.ip":
      return node.Status.Addr;
  }
  if (/^node\.labels\./i.test(key)) return node.Spec.Labels?.[key.slice("node.labels.".length)];
  return undefined;
}

/** True when the node meets every constraint. engine.labels are not simulated: those constraints are ignored. */
export function meetsConstraints(node: EngineNode, constraints: readonly Constraint[]): boolean {
  for (const c of constraints) {
    if (/^engine\.labels\./i.test(c.key)) continue;
    const actual = nodeValue(node, c.key);
    // Values compare case-insensitively in swarmkit, except labels' values which are compared as written.
    const same = actual !== undefined && (/labels\./i.test(c.key) ? actual === c.value : actual.toLowerCase() === c.value.toLowerCase());
    if (same !== c.equal) return false;
  }
  return true;
}
