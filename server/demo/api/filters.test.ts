import { describe, expect, it } from "vitest";
import { ApiError } from "./call";
import { containsMatch, labelsMatch, parseFilters, prefixMatch } from "./filters";

describe("parseFilters", () => {
  it("reads both of the engine's shapes", () => {
    expect(parseFilters('{"name":{"web":true,"api":true},"role":["manager"]}', ["name", "role"])).toEqual(
      new Map([
        ["name", ["web", "api"]],
        ["role", ["manager"]],
      ]),
    );
  });
  it("drops values switched off and empty lists", () => {
    expect(parseFilters('{"name":{"web":false},"role":[]}', ["name", "role"]).size).toBe(0);
  });
  it.each(["{", "[]", '"x"', "null", '{"name":"web"}', '{"name":5}', '{"bogus":["x"]}'])("refuses %s with the engine's 400", (raw) => {
    const err = (() => {
      try {
        parseFilters(raw, ["name"]);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).message).toMatch(/^invalid filter/);
  });
  it("costs time linear in its size (one JSON parse)", () => {
    const many = JSON.stringify({ name: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`n${i}`, true])) });
    expect(parseFilters(many, ["name"]).get("name")).toHaveLength(50_000);
  });
});

describe("matchers", () => {
  it("labels: key or key=value, all must hold", () => {
    const labels = { "com.docker.stack.namespace": "shop", tier: "web" };
    expect(labelsMatch(["com.docker.stack.namespace=shop"], labels)).toBe(true);
    expect(labelsMatch(["tier", "com.docker.stack.namespace=shop"], labels)).toBe(true);
    expect(labelsMatch(["tier=db"], labels)).toBe(false);
    expect(labelsMatch(["missing"], null)).toBe(false);
    expect(labelsMatch(undefined, null)).toBe(true);
  });
  it("prefix and substring matches", () => {
    expect(prefixMatch(["we"], "web")).toBe(true);
    expect(prefixMatch(["eb"], "web")).toBe(false);
    expect(containsMatch(["eb"], "web")).toBe(true);
  });
});
