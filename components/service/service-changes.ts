// A service's recorded changes (GET /api/v1/services/:id/history) in words: "image: lab/busybox:1 → lab/busybox:2", "update rollback_completed"; pure.
import type { FieldChange, ServiceHistory } from "@/lib/history-types";

type Change = ServiceHistory["changes"][number];

const MAX_VALUE = 120;

/** A field's value as short text: strings as they are, null as "—", lists and objects as compact JSON (cut at 120 characters). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (text === "[]" || text === "{}") return "none";
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

export function fieldText(f: FieldChange): string {
  return `${f.field}: ${valueText(f.from)} → ${valueText(f.to)}`;
}

/** What one change did, in one line. */
export function changeText(c: Change): string {
  if (c.kind === "created") return "created";
  if (c.kind === "removed") return "removed";
  if (c.kind === "update") return `update ${c.update?.state ?? "?"}${c.update?.message ? `: ${c.update.message}` : ""}`;
  return c.fields.length > 0 ? c.fields.map(fieldText).join("; ") : "changed";
}

/** "alice (operator): service.update" when the change was ours; "" otherwise. */
export function byText(c: Change): string {
  return c.by ? `${c.by.user} (${c.by.role}): ${c.by.action}${c.by.result === "error" ? " — error" : ""}` : "";
}
