// Unit tests: splitting hints into text and `code`.
import { describe, expect, it } from "vitest";
import { codeSegments } from "./inline-code";

describe("codeSegments", () => {
  it("splits on backtick pairs", () => {
    expect(codeSegments("Run `docker swarm init` on it.")).toEqual([
      { text: "Run ", code: false },
      { text: "docker swarm init", code: true },
      { text: " on it.", code: false },
    ]);
    expect(codeSegments("plain")).toEqual([{ text: "plain", code: false }]);
    expect(codeSegments("")).toEqual([]);
  });
  it("keeps an unmatched backtick as text", () => {
    expect(codeSegments("a `b` c `d")).toEqual([
      { text: "a ", code: false },
      { text: "b", code: true },
      { text: " c `d", code: false },
    ]);
  });
});
