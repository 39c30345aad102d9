// Unit tests: untrusted YAML becomes data or problems with a line — duplicate keys, nesting, anchors, alias bombs — and never an exception.
import { describe, expect, it } from "vitest";
import { parseSettings } from "./settings";
import { MAX_YAML_ANCHORS, MAX_YAML_DEPTH, readYaml } from "./yaml-read";

const BOMB = ["a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`)].join("\n");

describe("readYaml", () => {
  it("reads a plain document", () => {
    expect(readYaml("a: 1\nb: [x, {c: d}]\n")).toMatchObject({ documents: 1, value: { a: 1, b: ["x", { c: "d" }] }, problems: [] });
  });

  it("finds a duplicate key among 40,000 with its line", () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: x`);
    keys.push("k123: again");
    expect(readYaml(keys.join("\n")).problems).toEqual([{ line: 40_001, message: 'YAML: duplicate key "k123" in the same mapping' }]);
    // The same key in two mappings is fine; 1 and "1" are different keys, as in YAML.
    expect(readYaml("a: {x: 1}\nb: {x: 2}\nc: {1: a, '1': b}").problems).toEqual([]);
  });

  it("refuses nesting past the limit, in flow and block style, before building the tree", () => {
    const ok = `v: ${"[".repeat(MAX_YAML_DEPTH - 1)}${"]".repeat(MAX_YAML_DEPTH - 1)}`;
    expect(readYaml(ok).problems).toEqual([]);
    for (const text of [
      `v: ${"[".repeat(500_000)}`,
      `v: ${"{a: ".repeat(40)}1${"}".repeat(40)}`,
      Array.from({ length: 40 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n") + " 1",
    ]) {
      expect(readYaml(text).problems[0].message).toBe(`YAML: nested too deeply (at most ${MAX_YAML_DEPTH} levels)`);
    }
    // Brackets inside quoted strings are text, not nesting.
    expect(readYaml(`v: "${"[".repeat(1000)}"`).problems).toEqual([]);
  });

  it("refuses an alias bomb and too many anchors, and keys that are not plain values", () => {
    expect(readYaml(BOMB).problems[0].message).toMatch(/^YAML: aliases expand the data too much/);
    const anchors = Array.from({ length: MAX_YAML_ANCHORS / 2 + 1 }, (_, i) => `a${i}: &a${i} v\nb${i}: *a${i}`).join("\n");
    expect(readYaml(anchors).problems[0].message).toBe(`YAML: more than ${MAX_YAML_ANCHORS} anchors and aliases`);
    expect(readYaml("? [a, b]\n: 1").problems[0].message).toMatch(/a key must be a plain value/);
  });

  it("turns syntax errors into problems with a line", () => {
    expect(readYaml("a: 1\nb: [\n").problems[0]).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/^YAML syntax: /) });
  });
});

describe("settings documents go through the same reader", () => {
  it("a settings alias bomb is a settings problem, not an exception (it answered 500)", () => {
    expect(parseSettings(BOMB).problems).toEqual([expect.objectContaining({ source: "settings", message: expect.stringMatching(/aliases expand/) })]);
    expect(parseSettings(`a: ${"[".repeat(100)}`).problems[0].message).toMatch(/nested too deeply/);
    expect(parseSettings("a: 1\n---\nb: 2").problems[0].message).toMatch(/2 YAML documents/);
  });
});
