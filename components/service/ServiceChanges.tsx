"use client";
// The service page's "Changes": its recorded spec changes, updates and rollbacks (GET /api/v1/services/:id/history), newest first, with who made them when it was us.
import { useGet } from "@/components/request/use-get";
import { DataTable, EmptyNote } from "@/components/ui/DataTable";
import { Problem } from "@/components/ui/Problem";
import { Section } from "@/components/ui/Section";
import { formatDateTime } from "@/components/ui/time-format";
import type { ServiceHistory } from "@/lib/history-types";
import { byText, changeText } from "./service-changes";

/** `version`: the service's spec version (read again when it changes). */
export function ServiceChanges({ serviceId, version }: { serviceId: string; version: unknown }) {
  const history = useGet<ServiceHistory>(`/api/v1/services/${encodeURIComponent(serviceId)}/history`, version);
  const changes = history.data ? [...history.data.changes].reverse() : [];
  return (
    <Section title="Changes" testId="service-changes" aside={<span className="text-[11px] text-zinc-500">recorded by Swarmscope, newest first</span>}>
      <Problem of={history.error} prefix="Could not read the service's history:" />
      {!history.data ? (
        !history.error && <p className="text-sm text-zinc-500">Reading the history…</p>
      ) : changes.length === 0 ? (
        <EmptyNote>No changes recorded.</EmptyNote>
      ) : (
        <DataTable columns={["Time", "Kind", "What changed", "By"]} variant="plain">
          {changes.map((c, i) => (
            <tr key={`${c.at}-${i}`} data-testid="service-change" data-kind={c.kind} className="align-top">
              <td className="whitespace-nowrap py-0.5 pr-3 tabular-nums text-zinc-400">{formatDateTime(c.at)}</td>
              <td className="whitespace-nowrap py-0.5 pr-3 text-zinc-300">{c.kind}</td>
              <td className="break-words py-0.5 pr-3 font-mono text-zinc-100">{changeText(c)}</td>
              <td className="whitespace-nowrap py-0.5 text-zinc-400">{byText(c)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
