// Unit tests of splitting a typed command line into words.
import { describe, expect, it } from "vitest";
import { splitWords } from "./words";

describe("splitWords", () => {
  it("splits on white space and keeps quoted parts together", () => {
    expect(splitWords("sleep 1d").words).toEqual(["sleep", "1d"]);
    expect(splitWords(`sh -c 'echo hi; sleep 1d'`).words).toEqual(["sh", "-c", "echo hi; sleep 1d"]);
    expect(splitWords(`echo "a \\"b\\"" c\\ d ''`).words).toEqual(["echo", 'a "b"', "c d", ""]);
    expect(splitWords("   ").words).toEqual([]);
  });
  it("says when a quote is not closed", () => {
    expect(splitWords("echo 'oops")).toEqual({ words: [], error: "the single quote is not closed" });
  });
});
