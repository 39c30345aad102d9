// Applies a batch of model changes to a cluster state, immutably; shared by the server model and the browser store.
import type { Change, ClusterState, CollectionKind } from "./model-types";

export const COLLECTION_KINDS: readonly CollectionKind[] = ["nodes", "services", "tasks", "networks", "secrets", "configs"];

export function applyChanges(state: ClusterState, changes: readonly Change[]): ClusterState {
  if (changes.length === 0) return state;
  const next: ClusterState = { ...state };
  const copied = new Set<CollectionKind>();
  for (const change of changes) {
    if (change.kind === "swarm") {
      next.swarm = change.value;
      continue;
    }
    if (change.kind === "engine") {
      next.engine = change.value;
      continue;
    }
    const kind = change.kind;
    if (!copied.has(kind)) {
      (next as unknown as Record<CollectionKind, Record<string, unknown>>)[kind] = { ...state[kind] };
      copied.add(kind);
    }
    const collection = next[kind] as Record<string, unknown>;
    if (change.op === "remove") delete collection[change.id];
    else collection[change.id] = change.value;
  }
  return next;
}
