// The audit table's rows: newest first, filtered by every word typed (user, role, action, target, result, status, error, params), capped; pure.
import type { AuditEntry } from "@/lib/audit-types";

export const MAX_AUDIT_ROWS = 500;

function haystack(e: AuditEntry): string {
  return [e.time, e.user, e.role, e.action, e.target ?? "", e.result, String(e.status), e.error ?? "", JSON.stringify(e.params ?? {})].join(" ").toLowerCase();
}

/** The entries to show (newest first; all words of `query` must appear) and how many matched before the cap. */
export function auditRows(entries: readonly AuditEntry[], query: string, max = MAX_AUDIT_ROWS): { rows: AuditEntry[]; matched: number } {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const newestFirst = entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.time === b.e.time ? b.i - a.i : a.e.time < b.e.time ? 1 : -1))
    .map(({ e }) => e);
  const matching = words.length === 0 ? newestFirst : newestFirst.filter((e) => words.every((w) => haystack(e).includes(w)));
  return { rows: matching.slice(0, max), matched: matching.length };
}
