// Unit tests of versioned updates: one retry after "update out of sequence", then a 409 that says what changed.
import { describe, expect, it } from "vitest";
import { EngineError } from "../engine/client";
import { ActionError } from "./action";
import { updateAtVersion } from "./versioned-update";

const conflict = () => new EngineError("rpc error: code = Unknown desc = update out of sequence", 500, null);

describe("updateAtVersion", () => {
  it("writes at the version it read", async () => {
    const writes: number[] = [];
    const r = await updateAtVersion(
      async () => ({ version: 7, spec: { n: 1 } }),
      (s) => ({ n: s.n + 1 }),
      async (v, s) => void writes.push(v, s.n),
    );
    expect(writes).toEqual([7, 2]);
    expect(r.retried).toBe(false);
  });

  it("re-reads and retries once after an out-of-sequence conflict", async () => {
    let version = 7;
    const writes: number[] = [];
    const r = await updateAtVersion(
      async () => ({ version, spec: { n: version } }),
      (s) => s,
      async (v) => {
        writes.push(v);
        if (writes.length === 1) {
          version = 8;
          throw conflict();
        }
      },
    );
    expect(writes).toEqual([7, 8]);
    expect(r.retried).toBe(true);
  });

  it("answers 409 naming what changed when the retry conflicts too", async () => {
    let version = 7;
    const err = await updateAtVersion(
      async () => ({ version, spec: { image: `v${version}`, replicas: 2 } }),
      (s) => s,
      async () => {
        version++;
        throw conflict();
      },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect(err.status).toBe(409);
    expect(err.message).toMatch(/changed: image/);
  });

  it("passes other engine errors through untouched", async () => {
    const err = await updateAtVersion(
      async () => ({ version: 1, spec: {} }),
      (s) => s,
      async () => {
        throw new EngineError("invalid mount config", 400, null);
      },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect(err.status).toBe(400);
  });
});
