// Published ports in one table: target, published, protocol, mode (ingress = routing mesh on every node, host = the task's node).
import Link from "next/link";
import { type Column, DataTable, EmptyNote } from "@/components/ui/DataTable";
import { MISSING } from "@/components/ui/format";
import { Pill } from "@/components/ui/Pill";
import { type PortRow, publishedText } from "./port-rows";

const COLUMNS: Column[] = [
  { label: "Service" },
  { label: "Published", right: true },
  { label: "Target", right: true },
  { label: "Protocol" },
  { label: "Mode" },
  { label: "Where" },
];

export function PortTable({ rows, testId, rowTestId, empty }: { rows: PortRow[]; testId: string; rowTestId: string; empty: string }) {
  if (rows.length === 0) {
    return <EmptyNote testId={`${testId}-empty`}>{empty}</EmptyNote>;
  }
  return (
    <DataTable testId={testId} columns={COLUMNS}>
      {rows.map((r) => (
        <tr
          key={r.key}
          data-testid={rowTestId}
          data-service-name={r.serviceName}
          data-published={r.published ?? ""}
          data-target={r.target}
          data-mode={r.mode}
          className="hover:bg-zinc-900/60"
        >
          <td className="px-2 py-1.5">
            <Link href={`/services/${encodeURIComponent(r.serviceId)}`} className="font-semibold text-sky-300 hover:underline">
              {r.serviceName}
            </Link>
          </td>
          <td className="px-2 py-1.5 text-right font-mono tabular-nums">{publishedText(r)}</td>
          <td className="px-2 py-1.5 text-right font-mono tabular-nums">{r.target}</td>
          <td className="px-2 py-1.5">{r.protocol}</td>
          <td className="px-2 py-1.5">
            <Pill tone={r.mode === "ingress" ? "warn" : "info"}>{r.mode}</Pill>
          </td>
          <td className="px-2 py-1.5 text-zinc-300">
            {r.mode === "ingress" ? (
              r.published !== null ? (
                `every node, port ${r.published} (routing mesh)`
              ) : (
                MISSING
              )
            ) : r.hostBindings.length ? (
              <span className="font-mono">{r.hostBindings.join(", ")}</span>
            ) : (
              "the nodes its tasks run on"
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
