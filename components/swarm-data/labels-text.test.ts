// Unit tests: label lines parse to a map; a key with spaces is named by its line.
import { describe, expect, it } from "vitest";
import { parseLabelLines } from "./labels-text";

describe("parseLabelLines", () => {
  it("reads key=value lines, blank lines skipped, a bare key as an empty value", () => {
    expect(parseLabelLines("team=lab\n\n env = prod \nflag")).toEqual({ labels: { team: "lab", env: "prod", flag: "" }, error: null });
  });
  it("names the first bad line", () => {
    expect(parseLabelLines("ok=1\nbad key=2").error).toBe("line 2: write labels as key=value, keys without spaces");
  });
});
