// A service's recorded changes: created, spec changes (which fields, from what to what), update/rollback progress, removed.
import type { FieldChange } from "../../lib/history-types";
import type { ServiceView } from "../../lib/model-types";
import type { HistoryBatch } from "./batch";

export interface ServiceChangeRow {
  serviceId: string;
  name: string;
  at: number;
  kind: "created" | "changed" | "update" | "removed";
  version: number | null;
  fields: FieldChange[];
  update: { state: string; message: string | null } | null;
  /** The service as it became (to compare with when it is next seen, in a later run). */
  view: ServiceView | null;
}

/** The spec fields a change lists (the model's ServiceView; counts and dates are not spec). */
const SPEC_FIELDS = ["name", "image", "mode", "replicas", "ports", "networks", "constraints", "labels", "restartCondition", "secrets", "configs", "updateConfig"] as const;

export function specChanges(from: ServiceView, to: ServiceView): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of SPEC_FIELDS) if (JSON.stringify(from[f]) !== JSON.stringify(to[f])) out.push({ field: f, from: from[f], to: to[f] });
  return out;
}

const updateKey = (s: ServiceView | undefined) => JSON.stringify([s?.update?.state ?? null, s?.update?.startedAt ?? null]);

/** Rows for the batch's services; `lastKnown` gives the view last recorded for a service this run has not seen yet. */
export function serviceChangeRows(b: HistoryBatch, lastKnown: (serviceId: string) => ServiceView | null): ServiceChangeRow[] {
  const out: ServiceChangeRow[] = [];
  for (const c of b.changes) {
    if (c.kind !== "services" || !("id" in c)) continue;
    const after = b.after.services[c.id];
    const before = b.before.services[c.id] ?? (after ? (lastKnown(c.id) ?? undefined) : undefined);
    const base = { serviceId: c.id, at: b.at, update: null, view: after ?? null };
    if (!after) {
      if (before) out.push({ ...base, name: before.name, kind: "removed", version: before.version, fields: [] });
      continue;
    }
    if (!before) {
      out.push({ ...base, name: after.name, kind: "created", version: after.version, fields: [] });
      continue;
    }
    const fields = specChanges(before, after);
    if (fields.length > 0) out.push({ ...base, name: after.name, kind: "changed", version: after.version, fields });
    if (after.update && updateKey(before) !== updateKey(after))
      out.push({ ...base, name: after.name, kind: "update", version: after.version, fields: [], update: { state: after.update.state, message: after.update.message } });
  }
  return out;
}
