// Unit tests: ghost bookkeeping for cards leaving a column.
import { describe, expect, it } from "vitest";
import { departed, liveGhosts, withGhosts } from "./presence";

const key = (s: string) => s;

describe("departed", () => {
  it("finds items gone from the list and not shown elsewhere", () => {
    expect(departed(["a", "b", "c"], ["a", "c"], key, () => false)).toEqual([{ item: "b", index: 1 }]);
    expect(departed(["a", "b", "c"], ["a"], key, (k) => k === "c")).toEqual([{ item: "b", index: 1 }]);
    expect(departed(["a"], ["a", "b"], key, () => false)).toEqual([]);
  });
});

describe("liveGhosts", () => {
  it("drops expired ghosts and ghosts whose item came back", () => {
    const ghosts = [
      { item: "a", index: 0, until: 100 },
      { item: "b", index: 1, until: 300 },
      { item: "c", index: 2, until: 300 },
    ];
    expect(liveGhosts(ghosts, ["c"], key, 200).map((g) => g.item)).toEqual(["b"]);
  });
});

describe("withGhosts", () => {
  it("puts ghosts back where they were", () => {
    const shown = withGhosts(["a", "c"], [{ item: "b", index: 1, until: 0 }], key);
    expect(shown).toEqual([
      { item: "a", leaving: false },
      { item: "b", leaving: true },
      { item: "c", leaving: false },
    ]);
  });
  it("clamps to the end and never shows an item twice", () => {
    const shown = withGhosts(
      ["a"],
      [
        { item: "z", index: 9, until: 0 },
        { item: "a", index: 0, until: 0 },
        { item: "z", index: 3, until: 0 },
      ],
      key,
    );
    expect(shown).toEqual([
      { item: "a", leaving: false },
      { item: "z", leaving: true },
    ]);
  });
});
