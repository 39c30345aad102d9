// Updates an engine object at its version; on "update out of sequence" re-reads and retries once, then answers 409.
import type { EngineNodeSpec, EngineService, EngineServiceSpec, EngineSwarm } from "../../lib/engine-types";
import { type EngineClient, type EngineError, type SwarmRotation, toEngineError } from "../engine/client";
import { ActionError } from "./action";
import { findNode, findService } from "./targets";

export interface Versioned<S> {
  version: number;
  spec: S;
  /** What the object's last change was, in words, for a 409 on a stale version ("last updated …; changed: Mode"). */
  lastChange?: string;
}

function outOfSequence(err: EngineError): boolean {
  return /update out of sequence/i.test(err.message);
}

/** Top-level spec fields that differ between two reads, for the 409 message. */
export function changedFields(a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify((a as Record<string, unknown>)[k]) !== JSON.stringify((b as Record<string, unknown>)[k])).sort();
}

/**
 * Writes `change(spec)` at the version read. With `expected` (the version the client saw), a newer object is a
 * conflict: 409 saying what changed, nothing written — so an update and a rollback sent at once cannot silently
 * undo each other. Without it, "update out of sequence" is retried once on a fresh read (the CLI's behaviour).
 */
export async function updateAtVersion<S extends object>(
  read: () => Promise<Versioned<S>>,
  change: (spec: S) => S,
  write: (version: number, spec: S) => Promise<void>,
  expected?: number,
): Promise<{ before: Versioned<S>; retried: boolean }> {
  /** One write at the version read: true when written, false on "update out of sequence"; any other engine error is thrown. */
  const attempt = async (at: Versioned<S>): Promise<boolean> => {
    try {
      await write(at.version, change(structuredClone(at.spec)));
      return true;
    } catch (err) {
      const e = toEngineError(err);
      if (!outOfSequence(e)) throw e;
      return false;
    }
  };
  const first = await read();
  if (expected !== undefined && first.version !== expected) throw stale(expected, first);
  if (await attempt(first)) return { before: first, retried: false };
  const again = await read();
  if (expected !== undefined) throw stale(expected, again);
  if (await attempt(again)) return { before: again, retried: true };
  const latest = await read();
  const fields = changedFields(again.spec, latest.spec);
  throw new ActionError(
    409,
    `the object changed while we were updating it (version ${first.version} → ${latest.version}${fields.length ? `; changed: ${fields.join(", ")}` : ""}); nothing was changed by this request, try again`,
  );
}

function stale(expected: number, now: Versioned<object>): ActionError {
  return new ActionError(
    409,
    `the object changed since you saw it (version ${expected} → ${now.version}${now.lastChange ? `; ${now.lastChange}` : ""}); nothing was changed by this request — look again and retry`,
    "version",
  );
}

/** A service's last change in words: when, and which top-level spec fields differ from its previous spec. */
function serviceChange(s: EngineService): string {
  const fields = s.PreviousSpec ? changedFields(s.PreviousSpec, s.Spec) : [];
  const update = s.UpdateStatus?.State ? `, update ${s.UpdateStatus.State}` : "";
  return `last updated ${s.UpdatedAt}${fields.length ? `, changing ${fields.join(", ")}` : ""}${update}`;
}

/** Re-reads the service at each try, applies `change` to its spec and writes it at that version. */
export function updateServiceSpec(
  engine: EngineClient,
  id: string,
  change: (spec: EngineServiceSpec) => EngineServiceSpec,
  opts: { rollback?: "previous"; expectedVersion?: number } = {},
) {
  const warnings: string[] = [];
  const { expectedVersion, ...engineOpts } = opts;
  return updateAtVersion(
    async () => {
      const s = await findService(engine, id);
      return { version: s.Version.Index, spec: s.Spec, lastChange: serviceChange(s) };
    },
    change,
    async (version, spec) => {
      const answer = await engine.updateService(id, version, spec, engineOpts);
      warnings.push(...(answer?.Warnings ?? []));
    },
    expectedVersion,
  ).then((r) => ({ ...r, warnings }));
}

/** Re-reads the node at each try, applies `change` to its spec and writes it at that version. */
export function updateNodeSpec(engine: EngineClient, id: string, change: (spec: EngineNodeSpec) => EngineNodeSpec) {
  return updateAtVersion(
    async () => {
      const n = await findNode(engine, id);
      return { version: n.Version.Index, spec: n.Spec };
    },
    change,
    (version, spec) => engine.updateNode(id, version, spec),
  );
}

/** Re-reads the swarm at each try, applies `change` to its whole spec and writes it at that version (with any rotation). */
export function updateSwarmSpec(engine: EngineClient, change: (spec: EngineSwarm["Spec"]) => EngineSwarm["Spec"], rotate: SwarmRotation = {}) {
  return updateAtVersion(
    async () => {
      const s = await engine.swarm();
      return { version: s.Version.Index, spec: s.Spec };
    },
    change,
    (version, spec) => engine.updateSwarm(version, spec, rotate),
  );
}
