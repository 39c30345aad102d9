// What `docker node inspect --pretty` shows, as fields: identity, status, manager status, platform, resources, plugins, TLS.
import type { NodeDetail } from "@/lib/detail-types";
import type { NodeView } from "@/lib/model-types";
import type { Field } from "@/components/ui/field";
import { formatDateTime, relativeTime } from "@/components/ui/time-format";
import { prettyPrint } from "@/components/task/cli-format";
import { formatBytes, formatCpus, orDash } from "@/components/ui/format";
import { distinguishedName } from "./cert-subject";

/** "2024-05-01 12:00:00 UTC (3 days ago)". */
function when(iso: string | null, now: number): string {
  const at = formatDateTime(iso);
  return at === "—" ? at : `${at} (${relativeTime(iso, now)})`;
}

export function identityFields(node: NodeView, now: number): Field[] {
  return [
    { label: "ID", value: node.id, mono: true },
    { label: "Hostname", value: orDash(node.hostname) },
    { label: "Role", value: prettyPrint(node.role) },
    { label: "Joined at", value: when(node.createdAt, now), title: node.createdAt },
  ];
}

export function statusFields(node: NodeView): Field[] {
  const fields: Field[] = [{ label: "State", value: prettyPrint(node.status) }];
  if (node.statusMessage) fields.push({ label: "Message", value: prettyPrint(node.statusMessage) });
  fields.push({ label: "Availability", value: prettyPrint(node.availability) }, { label: "Address", value: orDash(node.addr), mono: true });
  return fields;
}

/** Manager Status (leader, raft reachability, address), or null for a worker. */
export function managerFields(node: NodeView): Field[] | null {
  if (!node.manager) return null;
  return [
    { label: "Leader", value: node.manager.leader ? "Yes" : "No" },
    { label: "Raft status", value: prettyPrint(node.manager.reachability) },
    { label: "Address", value: orDash(node.manager.addr), mono: true },
  ];
}

export function platformFields(node: NodeView): Field[] {
  return [
    { label: "Operating system", value: orDash(node.os) },
    { label: "Architecture", value: orDash(node.arch) },
    { label: "CPUs", value: formatCpus(node.cpus) },
    { label: "Memory", value: formatBytes(node.memoryBytes), title: node.memoryBytes === null ? undefined : `${node.memoryBytes} bytes` },
    { label: "Engine version", value: orDash(node.engineVersion), mono: true },
  ];
}

/** Plugins grouped by type (types sorted, names in the engine's order), as the CLI lists them. */
export function pluginGroups(plugins: NodeDetail["plugins"]): { type: string; names: string[] }[] {
  const byType = new Map<string, string[]>();
  for (const p of plugins) byType.set(p.type, [...(byType.get(p.type) ?? []), p.name]);
  return [...byType.keys()].sort().map((type) => ({ type, names: byType.get(type) ?? [] }));
}

export function tlsFields(tls: NodeDetail["tls"], now: number): Field[] {
  const subject = distinguishedName(tls.certIssuerSubject);
  return [
    {
      label: "Issuer subject",
      value: subject ?? orDash(tls.certIssuerSubject),
      mono: true,
      title: tls.certIssuerSubject ? `base64 DER: ${tls.certIssuerSubject}` : undefined,
    },
    { label: "Root CA expires", value: when(tls.trustRootExpiry, now), title: tls.trustRootExpiry ?? undefined },
  ];
}
