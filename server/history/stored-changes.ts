// A delta's changes as the history stores them: an upsert of an object the model already holds becomes a patch (the fields that changed), and they apply in place to a rebuild's private copy.
import type { Change, ClusterState, CollectionKind } from "../../lib/model-types";

type Obj = Record<string, unknown>;

/** A model change, or the fields of one object that changed (`set`) or went away (`unset`). */
export type StoredChange = Change | { kind: CollectionKind; op: "patch"; id: string; set: Obj; unset?: string[] };

const same = (a: unknown, b: unknown) => a === b || (typeof a === "object" && typeof b === "object" && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));

/** The fields `after` sets anew and the ones it no longer has, as JSON tells them apart. */
function patchOf(before: Obj, after: Obj): { set: Obj; unset: string[] } {
  const set: Obj = {};
  const unset: string[] = [];
  for (const k of Object.keys(after)) if (after[k] !== undefined && !same(before[k], after[k])) set[k] = after[k];
  for (const k of Object.keys(before)) if (before[k] !== undefined && after[k] === undefined) unset.push(k);
  return { set, unset };
}

/** The changes to store for a delta applied to `before`, in order (a change may follow another to the same object). */
export function storedChanges(before: ClusterState, changes: readonly Change[]): StoredChange[] {
  const seen = new Map<string, Obj | undefined>();
  return changes.map((c): StoredChange => {
    if (c.kind === "swarm" || c.kind === "engine") return c;
    const key = `${c.kind}/${c.id}`;
    const was = seen.has(key) ? seen.get(key) : (before[c.kind][c.id] as unknown as Obj | undefined);
    if (c.op === "remove") {
      seen.set(key, undefined);
      return c;
    }
    const value = c.value as unknown as Obj;
    seen.set(key, value);
    if (!was) return c;
    const { set, unset } = patchOf(was, value);
    return unset.length ? { kind: c.kind, op: "patch", id: c.id, set, unset } : { kind: c.kind, op: "patch", id: c.id, set };
  });
}

/** Applies stored changes in place to a model the caller owns (one parsed from the file); a patch for an object the model lacks is skipped (counted in the answer). */
export function applyInPlace(state: ClusterState, changes: readonly StoredChange[]): number {
  let missed = 0;
  for (const c of changes) {
    if (c.kind === "swarm") state.swarm = c.value;
    else if (c.kind === "engine") state.engine = c.value;
    else {
      const collection = state[c.kind] as unknown as Record<string, Obj>;
      if (c.op === "remove") delete collection[c.id];
      else if (c.op === "upsert") collection[c.id] = c.value as unknown as Obj;
      else {
        const obj = collection[c.id];
        if (!obj) {
          missed++;
          continue;
        }
        Object.assign(obj, c.set);
        for (const k of c.unset ?? []) delete obj[k];
      }
    }
  }
  return missed;
}
