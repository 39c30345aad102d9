// Unit tests for the viewer's copy of the model: secrets reduced to id and name, everything else untouched.
import { describe, expect, it } from "vitest";
import type { Delta, SecretView, Snapshot } from "../../lib/model-types";
import { redactDelta, snapshotFor } from "./redact";

const secret: SecretView = {
  id: "s1",
  version: 7,
  name: "db_password",
  labels: { owner: "ops", "com.docker.stack.namespace": "shop" },
  stack: "shop",
  driver: "vault",
  createdAt: "2026-11-28T10:00:00Z",
  updatedAt: "2026-11-28T10:00:00Z",
};
const config = { ...secret, id: "c1", name: "nginx_conf" };
const snapshot = {
  version: 3,
  at: "now",
  state: { secrets: { s1: secret }, configs: { c1: config }, nodes: {}, services: {}, tasks: {}, networks: {}, swarm: null, engine: {} },
} as unknown as Snapshot;

describe("viewer redaction", () => {
  it("viewers get secrets' names only; operators and admins the model as it is", () => {
    const viewer = snapshotFor("viewer", snapshot);
    expect(viewer.state.secrets.s1).toEqual({ id: "s1", version: 7, name: "db_password", labels: {}, stack: null, driver: null, createdAt: "", updatedAt: "", redacted: true });
    expect(JSON.stringify(viewer.state.secrets)).not.toMatch(/vault|ops|shop|2026/);
    expect(viewer.state.configs.c1).toEqual(config);
    expect(snapshot.state.secrets.s1).toEqual(secret); // the hub's copy is not touched
    expect(snapshotFor("operator", snapshot)).toBe(snapshot);
    expect(snapshotFor("admin", snapshot)).toBe(snapshot);
  });
  it("redacts secret upserts in deltas and leaves other changes and removals alone", () => {
    const delta: Delta = {
      version: 4,
      at: "now",
      changes: [
        { kind: "secrets", op: "upsert", id: "s1", value: secret },
        { kind: "secrets", op: "remove", id: "s2" },
        { kind: "configs", op: "upsert", id: "c1", value: config },
      ],
    };
    const out = redactDelta(delta);
    expect(out.changes[0]).toMatchObject({ kind: "secrets", op: "upsert", value: { name: "db_password", labels: {}, driver: null, redacted: true } });
    expect(out.changes.slice(1)).toEqual(delta.changes.slice(1));
    const plain: Delta = { version: 5, at: "now", changes: [{ kind: "configs", op: "remove", id: "c1" }] };
    expect(redactDelta(plain)).toBe(plain);
  });
});
