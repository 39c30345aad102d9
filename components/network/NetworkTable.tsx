// Every network the manager knows: driver, scope, addressing, flags, labels, stack, and how many services and live tasks use it.
import Link from "next/link";
import { type Column, DataTable } from "@/components/ui/DataTable";
import { MISSING } from "@/components/ui/format";
import { Pill } from "@/components/ui/Pill";
import type { NetworkRow } from "./network-rows";

const FLAG_TONE: Record<string, "info" | "warn" | "neutral" | "good"> = { ingress: "warn", encrypted: "good", internal: "neutral", attachable: "info", IPv6: "neutral" };

const COLUMNS: Column[] = [
  { label: "Name" },
  { label: "Driver" },
  { label: "Scope" },
  { label: "Subnet" },
  { label: "Gateway" },
  { label: "IP range" },
  { label: "Options" },
  { label: "Labels" },
  { label: "Stack" },
  { label: "Services", right: true },
  { label: "Tasks", right: true },
];

function Lines({ values, mono = true }: { values: string[]; mono?: boolean }) {
  if (values.length === 0) return <span className="text-zinc-500">{MISSING}</span>;
  return (
    <span className={`flex flex-col ${mono ? "font-mono" : ""}`}>
      {values.map((v) => (
        <span key={v}>{v}</span>
      ))}
    </span>
  );
}

export function NetworkTable({ rows }: { rows: NetworkRow[] }) {
  return (
    <DataTable testId="network-table" columns={COLUMNS}>
      {rows.map((r) => (
        <tr key={r.id} data-testid="network-row" data-network-name={r.name} data-network-id={r.id} className="align-top hover:bg-zinc-900/60">
          <td className="max-w-[16rem] px-2 py-1.5">
            <Link href={`/networks/${encodeURIComponent(r.id)}`} className="break-all font-semibold text-sky-300 hover:underline">
              {r.name}
            </Link>
            <div className="font-mono text-[10px] text-zinc-500">{r.id.slice(0, 12)}</div>
          </td>
          <td className="px-2 py-1.5">{r.driver || MISSING}</td>
          <td className="px-2 py-1.5">{r.scope}</td>
          <td className="px-2 py-1.5">
            <Lines values={r.subnets} />
          </td>
          <td className="px-2 py-1.5">
            <Lines values={r.gateways} />
          </td>
          <td className="px-2 py-1.5">
            <Lines values={r.ipRanges} />
          </td>
          <td className="px-2 py-1.5">
            {r.flags.length === 0 ? (
              <span className="text-zinc-500">{MISSING}</span>
            ) : (
              <span className="flex flex-wrap gap-1">
                {r.flags.map((f) => (
                  <Pill key={f} tone={FLAG_TONE[f] ?? "neutral"}>
                    {f}
                  </Pill>
                ))}
              </span>
            )}
          </td>
          <td className="max-w-[14rem] px-2 py-1.5">
            <Lines values={r.labels.map((l) => (l.value ? `${l.key}=${l.value}` : l.key))} />
          </td>
          <td className="px-2 py-1.5">{r.stack ?? <span className="text-zinc-500">{MISSING}</span>}</td>
          <td className="px-2 py-1.5 text-right tabular-nums">{r.services}</td>
          <td data-testid="network-task-count" className="px-2 py-1.5 text-right tabular-nums">
            {r.tasks}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
