// Unit tests: NDJSON lines split across chunks come out whole and in order.
import { describe, expect, it } from "vitest";
import { NdjsonSplitter } from "./ndjson";

describe("NdjsonSplitter", () => {
  it("joins lines split across chunks and skips blanks and garbage", () => {
    const s = new NdjsonSplitter<{ n: number }>();
    expect(s.push('{"n":1}\n{"n"')).toEqual([{ n: 1 }]);
    expect(s.push(':2}\n\nnot json\n{"n":3}')).toEqual([{ n: 2 }]);
    expect(s.end()).toEqual([{ n: 3 }]);
    expect(s.end()).toEqual([]);
  });
});
