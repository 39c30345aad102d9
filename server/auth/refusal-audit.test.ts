// Unit tests for aggregating refused sign-ins: first refusal written, later ones counted into one entry.
import { describe, expect, it } from "vitest";
import { type RefusalEntry, RefusalAudit } from "./refusal-audit";

function setup(max?: number) {
  const c = { t: 0 };
  const written: RefusalEntry[] = [];
  const audit = new RefusalAudit(
    (e) => written.push(e),
    () => c.t,
    max,
  );
  return { c, written, audit };
}

const r = (user: string, waitSeconds = 60) => ({ user, address: "10.0.0.5", limit: "addr", waitSeconds });

describe("refusal audit", () => {
  it("writes the first refusal of a block, counts the rest, and writes the count at the next non-refused sign-in", () => {
    const { c, written, audit } = setup();
    for (let i = 0; i < 1000; i++) {
      audit.refused("addr 10.0.0.5", r(`u${i}`));
      c.t += 10;
    }
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ user: "u0", status: 429, params: { address: "10.0.0.5", limit: "addr" } });
    audit.flush();
    expect(written).toHaveLength(2);
    expect(written[1]).toMatchObject({ user: "u0", params: { refused: 999, limit: "addr" }, error: "999 more sign-ins refused by the addr limit" });
    audit.flush();
    expect(written).toHaveLength(2); // nothing new counted
    audit.refused("addr 10.0.0.5", r("again"));
    audit.flush();
    expect(written[2]).toMatchObject({ params: { refused: 1 } });
  });

  it("a refusal after the block ended writes the last count and starts a new block", () => {
    const { c, written, audit } = setup();
    audit.refused("k", r("a", 5));
    audit.refused("k", r("b", 4));
    audit.refused("k", r("c", 3));
    c.t = 5000;
    audit.refused("k", r("d", 60));
    expect(written.map((e) => [e.user, e.params.refused ?? null])).toEqual([
      ["a", null],
      ["a", 2],
      ["d", null],
    ]);
    c.t = 70_000;
    audit.flush();
    expect(audit.size).toBe(0); // ended blocks are forgotten
  });

  it("keys are separate; tracked blocks are bounded and an evicted block's count is written", () => {
    const { written, audit } = setup(10);
    for (let i = 0; i < 100; i++) {
      audit.refused(`k${i}`, r(`u${i}`));
      audit.refused(`k${i}`, r(`u${i}`));
    }
    expect(audit.size).toBeLessThanOrEqual(10);
    const counted = written.reduce((n, e) => n + Number(e.params.refused ?? 0), 0);
    audit.flush();
    expect(written.reduce((n, e) => n + Number(e.params.refused ?? 0), 0)).toBe(100); // every later refusal counted once
    expect(counted).toBe(90);
  });
});
