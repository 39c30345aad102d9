// Unit tests of the +/− scale target: adding clicks up, counting from a target the model does not show yet, and global services.
import { describe, expect, it } from "vitest";
import { service } from "@/test/fixtures/views";
import { nextTarget, scaleBase, scaleBlock } from "./scale-target";

const web = service({ id: "s1", name: "web", replicas: 2, version: 7 });

describe("scaleBase", () => {
  it("counts from the spec's replicas when nothing is pending or in flight", () => {
    expect(scaleBase(web, undefined, undefined)).toBe(2);
  });
  it("adds clicks up before they are sent", () => {
    expect(scaleBase(web, 4, undefined)).toBe(4);
  });
  it("counts from the last target sent until the model's version moves past it", () => {
    expect(scaleBase(web, undefined, { replicas: 5, version: 7 })).toBe(5);
    expect(scaleBase({ ...web, version: 8, replicas: 5 }, undefined, { replicas: 5, version: 7 })).toBe(5);
    expect(scaleBase({ ...web, version: 9, replicas: 3 }, undefined, { replicas: 5, version: 7 })).toBe(3);
  });
});

describe("nextTarget", () => {
  it("stays within 0..max", () => {
    expect(nextTarget(0, -1)).toBe(0);
    expect(nextTarget(2, 1)).toBe(3);
    expect(nextTarget(10, 1, 10)).toBe(10);
  });
});

describe("scaleBlock", () => {
  it("says why a global service cannot be scaled", () => {
    expect(scaleBlock(web)).toBeNull();
    expect(scaleBlock({ ...web, mode: "global" })).toMatch(/web is a global service: it runs one task on every eligible node/);
    expect(scaleBlock({ ...web, mode: "replicated-job" })).toMatch(/only replicated services can be scaled/);
  });
});
