"use client";
// The admin page's audit log: newest first, a filter box, Refresh and the JSON-lines export; read again after every change made on the page.
import { useState } from "react";
import { BUTTON } from "@/components/ui/styles";
import { TextBox } from "@/components/ui/TextBox";
import { Section } from "@/components/ui/Section";
import { formatDateTime } from "@/components/ui/time-format";
import type { AuditEntry } from "@/lib/audit-types";
import { auditRows } from "./audit-rows";
import { useGet } from "@/components/request/use-get";
import { DataTable } from "@/components/ui/DataTable";
import { Problem } from "@/components/ui/Problem";

export function AuditSection({ version }: { version: number }) {
  const { data, error, loading, reload } = useGet<{ entries: AuditEntry[] }>("/api/v1/audit", version);
  const [query, setQuery] = useState("");
  const entries = data?.entries ?? [];
  const { rows, matched } = auditRows(entries, query);
  return (
    <Section
      title="Audit log"
      testId="admin-audit"
      aside={
        <span className="ml-auto flex items-center gap-2">
          <TextBox type="search" label="Filter the audit log" placeholder="Filter: user, action, target…" value={query} onChange={setQuery} width="w-56" />
          <button type="button" onClick={reload} disabled={loading} className={BUTTON}>
            Refresh
          </button>
          <a href="/api/v1/audit?format=jsonl" download className={BUTTON}>
            Export JSON lines
          </a>
        </span>
      }
    >
      <div className="space-y-2 text-xs">
        <Problem of={error} prefix="Could not read the audit log:" />
        {data && (
          <p className="text-zinc-500">
            {matched === entries.length ? `${entries.length} entries` : `${matched} of ${entries.length} entries match`}
            {rows.length < matched && ` · the newest ${rows.length} shown (export for all)`}
          </p>
        )}
        {rows.length > 0 && (
          <DataTable variant="plain" columns={["Time", "User", "Role", "Action", "Target", "Result", "Error"]}>
            {rows.map((e, i) => (
              <tr
                key={`${e.time}-${i}`}
                data-testid="audit-row"
                data-action={e.action}
                data-target={e.target ?? ""}
                data-target-id={e.targetId ?? ""}
                data-result={e.result}
                className="border-t border-zinc-800 align-top"
              >
                <td className="whitespace-nowrap py-1 pr-3 text-zinc-400">{formatDateTime(e.time)}</td>
                <td className="py-1 pr-3 font-mono text-zinc-200">{e.user}</td>
                <td className="py-1 pr-3 text-zinc-400">{e.role}</td>
                <td className="py-1 pr-3 font-mono text-zinc-100">{e.action}</td>
                <td className="break-all py-1 pr-3 font-mono text-zinc-300" title={e.targetId ? `ID ${e.targetId}` : undefined}>
                  {e.target ?? ""}
                </td>
                <td className={`py-1 pr-3 ${e.result === "ok" ? "text-emerald-300" : "text-red-300"}`}>
                  {e.result} {e.status}
                </td>
                <td className="py-1 text-red-300">{e.error ?? ""}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </Section>
  );
}
