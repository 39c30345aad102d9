// The swarm's settings as fields, in `docker info`'s words (no join tokens, no unlock key: those belong to the security issue).
import type { SwarmDetail } from "@/lib/detail-types";
import type { Field } from "@/components/ui/field";
import { formatDateTime, periodWords, relativeTime } from "@/components/ui/time-format";
import { MISSING, orDash } from "@/components/ui/format";

const count = (n: number | null | undefined) => (n === null || n === undefined ? MISSING : String(n));

function when(iso: string | null, now: number): string {
  const at = formatDateTime(iso);
  return at === MISSING ? at : `${at} (${relativeTime(iso, now)})`;
}

export interface SwarmSection {
  title: string;
  fields: Field[];
}

export function swarmSections(detail: SwarmDetail, now: number): SwarmSection[] {
  const s = detail.swarm;
  return [
    {
      title: "Cluster",
      fields: [
        { label: "Cluster ID", value: s.id, mono: true },
        { label: "Created", value: when(s.createdAt, now), title: s.createdAt },
        { label: "Managers", value: String(s.managers) },
        { label: "Workers", value: String(s.workers) },
        { label: "Nodes", value: String(s.managers + s.workers) },
      ],
    },
    {
      title: "Orchestration and networking",
      fields: [
        { label: "Task history limit", value: s.taskHistoryLimit === null ? MISSING : `${s.taskHistoryLimit} per slot` },
        { label: "Default address pool", value: s.defaultAddrPool.length ? s.defaultAddrPool.join(", ") : MISSING, mono: true },
        { label: "Subnet size", value: detail.subnetSize === null ? MISSING : `/${detail.subnetSize}`, mono: true },
        { label: "Data path port", value: count(detail.dataPathPort), mono: true },
      ],
    },
    {
      title: "Raft",
      fields: [
        { label: "Snapshot interval", value: s.raft.snapshotInterval === null ? MISSING : `${s.raft.snapshotInterval} entries` },
        { label: "Heartbeat tick", value: count(s.raft.heartbeatTick) },
        { label: "Election tick", value: count(s.raft.electionTick) },
      ],
    },
    {
      title: "Dispatcher and CA",
      fields: [
        { label: "Dispatcher heartbeat", value: periodWords(s.dispatcherHeartbeatSeconds) },
        { label: "CA certificate expires", value: when(detail.caCertificateExpiry, now), title: orDash(detail.caCertificateExpiry) },
        { label: "Node certificate expiry", value: periodWords(s.nodeCertExpirySeconds), title: s.nodeCertExpirySeconds === null ? undefined : `${s.nodeCertExpirySeconds} s` },
        { label: "Root rotation in progress", value: detail.rootRotationInProgress ? "Yes" : "No" },
        { label: "Autolock managers", value: s.autolock ? "On" : "Off" },
      ],
    },
  ];
}
