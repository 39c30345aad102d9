// Unit tests of the network-create CLI string and the addressing checks shared by the server and the form.
import { describe, expect, it } from "vitest";
import { addressingProblems, networkCreateCli } from "./network-create";

const existing = [
  { name: "ingress", subnets: [{ subnet: "10.240.0.0/24" }] },
  { name: "bridge", subnets: [{ subnet: "172.17.0.0/16" }] },
  { name: "none", subnets: [] },
];

describe("networkCreateCli", () => {
  it("writes the flags in docker's words, quoting what a shell would split", () => {
    expect(networkCreateCli({ name: "collabnet", driver: "overlay" })).toBe("docker network create --driver overlay collabnet");
    expect(
      networkCreateCli({
        name: "collabnet",
        driver: "overlay",
        attachable: true,
        internal: true,
        encrypted: true,
        subnet: "10.250.9.0/24",
        gateway: "10.250.9.1",
        ipRange: "10.250.9.128/25",
        labels: { team: "blue team", tier: "db" },
      }),
    ).toBe(
      "docker network create --driver overlay --attachable --internal --opt encrypted --subnet 10.250.9.0/24 --gateway 10.250.9.1 --ip-range 10.250.9.128/25 --label 'team=blue team' --label tier=db collabnet",
    );
    expect(networkCreateCli({ name: "br0", driver: "bridge", attachable: false })).toBe("docker network create --driver bridge br0");
  });
});

describe("addressingProblems", () => {
  it("accepts no subnet, and a free subnet with its gateway and range inside", () => {
    expect(addressingProblems({}, existing)).toEqual([]);
    expect(addressingProblems({ subnet: "10.250.9.0/24", gateway: "10.250.9.1", ipRange: "10.250.9.0/25" }, existing)).toEqual([]);
  });
  it("stops at a malformed subnet", () => {
    for (const bad of ["10.250.300.0/24", "10.250.9.5/24", "10.250.9.0/33", "collab"]) {
      expect(addressingProblems({ subnet: bad, gateway: "1.2.3.4" }, existing), bad).toEqual([expect.objectContaining({ status: 400, field: "subnet" })]);
    }
  });
  it("names the gateway and the IP range when they fall outside, and the network a subnet overlaps", () => {
    const problems = addressingProblems({ subnet: "10.240.0.0/16", gateway: "10.241.0.1", ipRange: "10.0.0.0/8" }, existing);
    expect(problems.map((p) => [p.status, p.field])).toEqual([
      [400, "gateway"],
      [400, "ipRange"],
      [409, "subnet"],
    ]);
    expect(problems[2].error).toBe("subnet 10.240.0.0/16 overlaps 10.240.0.0/24 of network ingress");
    expect(addressingProblems({ subnet: "10.250.9.0/24", ipRange: "nope" }, existing)).toEqual([{ status: 400, field: "ipRange", error: 'IP range "nope" is not a CIDR block' }]);
    expect(addressingProblems({ subnet: "10.250.9.0/24", gateway: "not-an-ip" }, existing)[0].field).toBe("gateway");
  });
  it.each([
    ["10.250.9.0/24", "10.250.9.0", /network address/],
    ["10.250.9.0/24", "10.250.9.255", /broadcast address/],
    ["10.250.8.0/22", "10.250.11.255", /broadcast address/],
    ["fd00:1::/64", "fd00:1::", /network address/],
  ])("refuses %s with gateway %s (not a host address)", (subnet, gateway, why) => {
    const [problem] = addressingProblems({ subnet, gateway }, []);
    expect(problem).toMatchObject({ status: 400, field: "gateway" });
    expect(problem.error).toMatch(why);
  });
  it.each([
    ["10.250.9.0/24", "10.250.9.254"],
    ["10.250.9.0/31", "10.250.9.0"],
    ["fd00:1::/64", "fd00:1::ffff:ffff:ffff:ffff"],
  ])("accepts %s with gateway %s", (subnet, gateway) => expect(addressingProblems({ subnet, gateway }, [])).toEqual([]));
});
