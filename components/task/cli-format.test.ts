// Pins the docker CLI's formatting rules: HumanDuration words, natural order, ellipsis, PrettyPrint, published ports.
import { describe, expect, it } from "vitest";
import { ellipsis, humanDuration, naturalCompare, naturalLess, portText, prettyPrint } from "./cli-format";

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe("humanDuration (go-units)", () => {
  it.each([
    [-5 * S, "Less than a second"],
    [999, "Less than a second"],
    [1 * S, "1 second"],
    [59 * S + 999, "59 seconds"],
    [60 * S, "About a minute"],
    [119 * S, "About a minute"],
    [2 * M, "2 minutes"],
    [59 * M, "59 minutes"],
    [60 * M, "About an hour"],
    [89 * M, "About an hour"], // hours round: 1.48 h → 1
    [90 * M, "2 hours"], // 1.5 h → 2
    [47 * H, "47 hours"],
    [48 * H, "2 days"],
    [13 * D, "13 days"],
    [14 * D, "2 weeks"],
    [59 * D, "8 weeks"],
    [60 * D, "2 months"],
    [729 * D, "24 months"],
    [730 * D, "2 years"],
  ])("%d ms → %s", (ms, words) => {
    expect(humanDuration(ms)).toBe(words);
  });
});

describe("prettyPrint", () => {
  it("capitalises the first letter and lowers the rest", () => {
    expect(prettyPrint("running")).toBe("Running");
    expect(prettyPrint("SHUTDOWN")).toBe("Shutdown");
    expect(prettyPrint("")).toBe("");
    expect(prettyPrint("X")).toBe("x");
  });
});

describe("ellipsis", () => {
  it("keeps short text and cuts long text to max characters ending in …", () => {
    expect(ellipsis("no suitable node", 30)).toBe("no suitable node");
    const cut = ellipsis("no suitable node (scheduling constraints not satisfied on 5 nodes)", 30);
    expect(cut).toBe("no suitable node (scheduling …");
    expect(Array.from(cut)).toHaveLength(30);
    expect(ellipsis("abc", 1)).toBe("a");
    expect(ellipsis("abc", 0)).toBe("");
  });
});

describe("naturalLess (sortorder)", () => {
  it("orders numbers by value, digits before letters, fewer leading zeros first", () => {
    expect(naturalLess("web.2", "web.10")).toBe(true);
    expect(naturalLess("web.10", "web.2")).toBe(false);
    expect(naturalLess("web.1", "web.1")).toBe(false);
    expect(naturalLess("a1", "ab")).toBe(true);
    expect(naturalLess("x2", "x02")).toBe(true);
    expect(naturalLess("web", "web.1")).toBe(true);
    expect(naturalLess("api.9", "web.1")).toBe(true);
  });
  it("sorts a list like the CLI", () => {
    expect(["web.10", "web.2", "api.1", "web.1"].sort(naturalCompare)).toEqual(["api.1", "web.1", "web.2", "web.10"]);
  });
});

describe("portText", () => {
  it("prints *:published->target/protocol", () => {
    expect(portText({ published: 8080, target: 80, protocol: "tcp" })).toBe("*:8080->80/tcp");
    expect(portText({ published: null, target: 53, protocol: "udp" })).toBe("*:0->53/udp");
  });
});
