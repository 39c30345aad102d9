// Unit tests: a secret's view keeps name, labels, stack and driver, and has no place for data.
import { describe, expect, it } from "vitest";
import { initialModel, reduce } from "./model";
import { normalizeSecret } from "./normalize-secret";
import { connectingLink } from "./engine-link";

const raw = {
  ID: "x1",
  Version: { Index: 7 },
  CreatedAt: "2026-01-01T00:00:00Z",
  UpdatedAt: "2026-01-02T00:00:00Z",
  Spec: { Name: "wp_db_password", Labels: { "com.docker.stack.namespace": "wp" }, Data: "c2VjcmV0" },
};

describe("normalizeSecret", () => {
  it("keeps the name, labels and stack, never the data", () => {
    const v = normalizeSecret(raw);
    expect(v).toEqual({
      id: "x1",
      version: 7,
      name: "wp_db_password",
      labels: { "com.docker.stack.namespace": "wp" },
      stack: "wp",
      driver: null,
      createdAt: "2026-01-01T00:00:00Z",
      updatedAt: "2026-01-02T00:00:00Z",
    });
    expect(JSON.stringify(v)).not.toContain("c2VjcmV0");
  });

  it("is a model collection: listed, then removed when gone from a newer list", () => {
    let state = initialModel(connectingLink("unix:///x"));
    const a = reduce(state, { type: "list", kind: "secrets", seq: 1, items: [raw] });
    state = a.state;
    expect(a.changes).toEqual([{ kind: "secrets", op: "upsert", id: "x1", value: normalizeSecret(raw) }]);
    const b = reduce(state, { type: "list", kind: "secrets", seq: 2, items: [] });
    expect(b.changes).toEqual([{ kind: "secrets", op: "remove", id: "x1" }]);
    expect(b.state.view.secrets).toEqual({});
  });
});
