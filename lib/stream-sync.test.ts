// Unit tests of the client's stream following: in-order deltas apply, stale ones are dropped, gaps ask for a snapshot.
import { describe, expect, it } from "vitest";
import { link } from "../test/fixtures/engine";
import type { Delta, Snapshot } from "./model-types";
import { fromSnapshot, receiveDelta } from "./stream-sync";

const snapshot: Snapshot = {
  version: 7,
  at: "2026-11-28T10:00:00Z",
  state: { swarm: null, engine: link(), nodes: {}, services: {}, tasks: {}, networks: {}, secrets: {}, configs: {} },
};

function delta(version: number): Delta {
  return { version, at: `t${version}`, changes: [{ kind: "networks", op: "remove", id: `gone${version}` }] };
}

describe("stream-sync", () => {
  it("applies the next version and moves the version on", () => {
    const outcome = receiveDelta(fromSnapshot(snapshot), delta(8));
    expect(outcome.kind).toBe("applied");
    if (outcome.kind === "applied") {
      expect(outcome.model.version).toBe(8);
      expect(outcome.model.updatedAt).toBe("t8");
    }
  });

  it("drops a delta the snapshot already covers", () => {
    expect(receiveDelta(fromSnapshot(snapshot), delta(7)).kind).toBe("stale");
    expect(receiveDelta(fromSnapshot(snapshot), delta(3)).kind).toBe("stale");
  });

  it("reports a gap when a version is skipped, or when there is no snapshot yet", () => {
    expect(receiveDelta(fromSnapshot(snapshot), delta(9)).kind).toBe("gap");
    expect(receiveDelta(null, delta(1)).kind).toBe("gap");
  });
});
