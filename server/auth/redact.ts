// What a viewer's copy of the model leaves out: secrets keep only their id and name (no labels, driver, stack or dates).
import type { Change, Delta, SecretView, Snapshot } from "../../lib/model-types";
import { roleAllows, type Role } from "../../lib/roles";

/** Whether `role` sees secrets' metadata beyond names (operators create and remove secrets, so they do). */
export function seesSecretMetadata(role: Role): boolean {
  return roleAllows(role, "operator");
}

export function redactSecret(secret: SecretView): SecretView {
  return { id: secret.id, version: secret.version, name: secret.name, labels: {}, stack: null, driver: null, createdAt: "", updatedAt: "", redacted: true };
}

function redactChange(change: Change): Change {
  if (change.kind === "secrets" && change.op === "upsert") return { ...change, value: redactSecret(change.value as SecretView) };
  return change;
}

export function redactDelta(delta: Delta): Delta {
  return delta.changes.some((c) => c.kind === "secrets") ? { ...delta, changes: delta.changes.map(redactChange) } : delta;
}

export function redactSnapshot(snapshot: Snapshot): Snapshot {
  const secrets = Object.fromEntries(Object.entries(snapshot.state.secrets).map(([id, s]) => [id, redactSecret(s)]));
  return { ...snapshot, state: { ...snapshot.state, secrets } };
}

/** The snapshot as `role` may see it. */
export function snapshotFor(role: Role, snapshot: Snapshot): Snapshot {
  return seesSecretMetadata(role) ? snapshot : redactSnapshot(snapshot);
}
