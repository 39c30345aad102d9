// The engine reference grammar: IDs, prefixes, names and hostnames pass; anything that could change a path does not.
import { describe, expect, it } from "vitest";
import { MAX_REFERENCE_LENGTH, isReference, referenceProblem } from "./engine-ref";

describe("engine references", () => {
  it.each(["k3jd9f0s8a7s6d5f4g3h2j1k0", "a1b2c3", "web", "shop_front", "manager1", "node-1.example.com", "9".repeat(64), "Web.1"])("accepts %s", (ref) =>
    expect(isReference(ref)).toBe(true),
  );
  it.each([
    "",
    "..",
    "../../127.0.0.1:39999/x",
    "..%2F..%2F127.0.0.1:39999%2Fx",
    "%2e%2e",
    "a/b",
    "a\\b",
    "a\u0000b",
    "a%00",
    "web\n",
    " web",
    "wéb",
    "ｗｅｂ",
    "-web",
    ".web",
    "_web",
    "a?b",
    "a#b",
    "a b",
    "a:b",
    "a@b",
    "x".repeat(MAX_REFERENCE_LENGTH + 1),
  ])("refuses %j", (ref) => {
    expect(isReference(ref)).toBe(false);
    expect(referenceProblem(ref)).toMatch(/required|longer|not an ID/);
  });
  it("refuses values that are not strings", () => {
    for (const v of [undefined, null, 1, {}, ["web"]]) expect(referenceProblem(v)).toBe("is required");
  });
});
