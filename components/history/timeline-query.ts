// The /timeline page's filters: read from its URL, written back, and turned into GET /api/v1/timeline's query; exported as JSON lines; pure.
import type { TimelineEntry } from "@/lib/history-types";

export interface TimelineFilter {
  service: string;
  node: string;
  stack: string;
  /** Comma-separated kinds, as the API takes them. */
  kind: string;
  /** ISO times or "". */
  from: string;
  to: string;
}

export const FILTER_FIELDS = ["service", "node", "stack", "kind", "from", "to"] as const satisfies readonly (keyof TimelineFilter)[];

interface ParamsReader {
  get(name: string): string | null;
}

export function filterFromQuery(params: ParamsReader): TimelineFilter {
  const f = {} as TimelineFilter;
  for (const k of FILTER_FIELDS) f[k] = params.get(k)?.trim() ?? "";
  return f;
}

/** The page's query string (without "?"): only the filters that are set. */
export function queryOfFilter(f: TimelineFilter): string {
  const params = new URLSearchParams();
  for (const k of FILTER_FIELDS) if (f[k].trim() !== "") params.set(k, f[k].trim());
  return params.toString();
}

/** GET /api/v1/timeline for the filter, a page size and the previous page's `next` (the API's `before`). */
export function timelinePath(f: TimelineFilter, limit: number, before: string | null = null): string {
  const params = new URLSearchParams(queryOfFilter(f));
  params.set("limit", String(limit));
  if (before) params.set("before", before);
  return `/api/v1/timeline?${params.toString()}`;
}

/** A typed time: without a zone ("2026-12-03T17:40", "…T17:40:05") it is read as UTC; anything else goes to the API as written (a bad one is its 400 naming the field). */
export function isoFromField(value: string): string {
  const v = value.trim();
  if (v === "") return "";
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v)) return `${v.length === 16 ? `${v}:00` : v}Z`;
  return v;
}

/** Entries as JSON lines (one object a line, newline-terminated), as the export downloads them. */
export function toJsonLines(entries: readonly TimelineEntry[]): string {
  return entries.map((e) => `${JSON.stringify(e)}\n`).join("");
}
