// Unit tests of CIDR parsing, containment and overlap.
import { describe, expect, it } from "vitest";
import { cidrContains, cidrsOverlap, cidrWithin, parseCidr, parseIp } from "./cidr";

describe("cidr", () => {
  it("parses IPv4 and IPv6 blocks and refuses malformed ones", () => {
    expect(parseCidr("10.0.9.0/24")).toMatchObject({ version: 4, prefix: 24 });
    expect(parseCidr("fd00:1::/64")).toMatchObject({ version: 6, prefix: 64 });
    for (const bad of ["10.0.9.0", "10.0.9.0/33", "10.0.256.0/24", "10.0.9.1/24", "abc/8", "10.0.9/24", "fd00::1::/64", "01.2.3.0/24"]) {
      expect(parseCidr(bad), bad).toBeNull();
    }
  });
  it("tells whether an address is inside", () => {
    const c = parseCidr("10.0.9.0/24")!;
    expect(cidrContains(c, "10.0.9.1")).toBe(true);
    expect(cidrContains(c, "10.0.10.1")).toBe(false);
    expect(cidrContains(c, "fd00::1")).toBe(false);
    expect(parseIp("::1")).toEqual({ version: 6, value: 1n });
  });
  it("finds overlaps and containment", () => {
    expect(cidrsOverlap(parseCidr("10.0.0.0/16")!, parseCidr("10.0.9.0/24")!)).toBe(true);
    expect(cidrsOverlap(parseCidr("10.0.8.0/24")!, parseCidr("10.0.9.0/24")!)).toBe(false);
    expect(cidrWithin(parseCidr("10.0.9.128/25")!, parseCidr("10.0.9.0/24")!)).toBe(true);
    expect(cidrWithin(parseCidr("10.0.8.0/23")!, parseCidr("10.0.9.0/24")!)).toBe(false);
  });
});
