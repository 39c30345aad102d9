// Unit tests of the create-network form: body, live CLI, and the problems found before the server is asked.
import { describe, expect, it } from "vitest";
import { network } from "@/test/fixtures/network-views";
import { checkNetworkForm, EMPTY_NETWORK_FORM, formFieldOf, type NetworkFormValues, parseLabels } from "./network-form";

const existing = [
  network({ id: "i", name: "ingress", ingress: true, subnets: [{ subnet: "10.240.0.0/24", gateway: "10.240.0.1", ipRange: null }] }),
  network({ id: "c", name: "collabnet", subnets: [{ subnet: "10.250.9.0/24", gateway: null, ipRange: null }] }),
];
const form = (patch: Partial<NetworkFormValues>): NetworkFormValues => ({ ...EMPTY_NETWORK_FORM, ...patch });

describe("checkNetworkForm", () => {
  it("turns a clean overlay form into the body and the docker command", () => {
    const check = checkNetworkForm(form({ name: " appnet ", subnet: "10.250.10.0/24 ", gateway: "10.250.10.1", encrypted: true, labels: "team = blue\n\ntier=db" }), existing);
    expect(check.problems).toEqual({});
    expect(check.body).toEqual({
      name: "appnet",
      driver: "overlay",
      attachable: true,
      encrypted: true,
      subnet: "10.250.10.0/24",
      gateway: "10.250.10.1",
      labels: { team: "blue", tier: "db" },
    });
    expect(check.cli).toBe(
      "docker network create --driver overlay --attachable --opt encrypted --subnet 10.250.10.0/24 --gateway 10.250.10.1 --label team=blue --label tier=db appnet",
    );
  });
  it("leaves overlay-only options out of a bridge, and shows NAME until there is one", () => {
    const check = checkNetworkForm(form({ driver: "bridge", attachable: true, encrypted: true, internal: true }), existing);
    expect(check.body).toEqual({ name: "", driver: "bridge", internal: true });
    expect(check.cli).toBe("docker network create --driver bridge --internal NAME");
    expect(check.problems).toEqual({ name: "give the network a name" });
  });
  it("names the field of every problem: name rules, taken names, CIDR syntax, gateway, range and overlap", () => {
    expect(checkNetworkForm(form({ name: "-bad" }), existing).problems.name).toMatch(/^name must start with a letter or digit/);
    expect(checkNetworkForm(form({ name: "collabnet" }), existing).problems.name).toBe("a network named collabnet already exists");
    expect(checkNetworkForm(form({ name: "x", subnet: "10.250.300.0/24" }), existing).problems).toEqual({
      subnet: 'subnet "10.250.300.0/24" is not a CIDR block (e.g. 10.0.9.0/24, with no host bits set)',
    });
    expect(checkNetworkForm(form({ name: "x", subnet: "10.250.0.0/16", gateway: "10.251.0.1", ipRange: "10.0.0.0/8" }), existing).problems).toEqual({
      gateway: "gateway 10.251.0.1 is not an address inside 10.250.0.0/16",
      ipRange: "IP range 10.0.0.0/8 is not inside 10.250.0.0/16",
      subnet: "subnet 10.250.0.0/16 overlaps 10.250.9.0/24 of network collabnet",
    });
    expect(checkNetworkForm(form({ name: "x", gateway: "10.1.1.1", ipRange: "10.1.1.0/25" }), existing).problems).toEqual({
      gateway: "a gateway needs a subnet",
      ipRange: "an IP range needs a subnet",
    });
    expect(checkNetworkForm(form({ name: "x", labels: "novalue" }), existing).problems.labels).toBe('"novalue": write labels as key=value, one per line');
  });
});

describe("parseLabels and formFieldOf", () => {
  it("keeps = inside values and refuses keys with spaces", () => {
    expect(parseLabels("a=b=c")).toEqual({ labels: { a: "b=c" }, problem: null });
    expect(parseLabels("my key=1").problem).toBe("label keys are letters, digits and . _ - / : starting with a letter or digit (no =, spaces or shell characters)");
  });
  it("maps the server's field names onto the form", () => {
    expect(formFieldOf("subnet")).toBe("subnet");
    expect(formFieldOf("labels.team")).toBe("labels");
    expect(formFieldOf("body")).toBeNull();
    expect(formFieldOf(undefined)).toBeNull();
  });
});
