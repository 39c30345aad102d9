// Follows the server's stream on the client side: snapshot, then deltas in order; a gap means "ask for a snapshot".
import { applyChanges } from "./apply-changes";
import type { ClusterState, Delta, Snapshot } from "./model-types";

export interface SyncedModel {
  version: number;
  cluster: ClusterState;
  /** Server time of the last snapshot or delta applied. */
  updatedAt: string;
}

export type DeltaOutcome =
  | { kind: "applied"; model: SyncedModel }
  | { kind: "stale" } // already have it (a delta from before the snapshot)
  | { kind: "gap" }; // missed one or more: need a new snapshot

export function fromSnapshot(snapshot: Snapshot): SyncedModel {
  return { version: snapshot.version, cluster: snapshot.state, updatedAt: snapshot.at };
}

export function receiveDelta(model: SyncedModel | null, delta: Delta): DeltaOutcome {
  if (!model) return { kind: "gap" };
  if (delta.version <= model.version) return { kind: "stale" };
  if (delta.version !== model.version + 1) return { kind: "gap" };
  return {
    kind: "applied",
    model: { version: delta.version, cluster: applyChanges(model.cluster, delta.changes), updatedAt: delta.at },
  };
}
