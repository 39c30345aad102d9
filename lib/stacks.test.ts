// Unit tests: stacks grouped from labels, counts summed, secret and config users.
import { describe, expect, it } from "vitest";
import { byId, service } from "@/test/fixtures/views";
import type { NetworkView, SecretView } from "./model-types";
import { dataUsers, listStacks } from "./stacks";

const net = (id: string, name: string, stack: string | null) => ({ id, name, stack }) as NetworkView;
const secret = (id: string, name: string, stack: string | null) => ({ id, name, stack }) as SecretView;

describe("listStacks", () => {
  it("groups services, networks, secrets and configs by their stack label and sums counts", () => {
    const services = byId(
      service({ id: "s2", name: "wp_web", stack: "wp", running: 1, desired: 2 }),
      service({ id: "s1", name: "wp_db", stack: "wp", running: 1, desired: 1 }),
      service({ id: "s3", name: "loose", stack: null }),
      service({ id: "s4", name: "other_app", stack: "other", running: null, desired: null }),
    );
    const stacks = listStacks({
      services,
      networks: byId(net("n1", "wp_back", "wp"), net("n2", "ingress", null)),
      secrets: byId(secret("x1", "wp_db_password", "wp"), secret("x2", "manual", null)),
      configs: {},
    });
    expect(stacks.map((s) => s.name)).toEqual(["other", "wp"]);
    const wp = stacks[1];
    expect(wp.services.map((s) => s.name)).toEqual(["wp_db", "wp_web"]);
    expect([wp.running, wp.desired]).toEqual([2, 3]);
    expect(wp.networks).toEqual([{ id: "n1", name: "wp_back" }]);
    expect(wp.secrets).toEqual([{ id: "x1", name: "wp_db_password" }]);
    expect(stacks[0]).toMatchObject({ running: 0, desired: 0, networks: [], secrets: [], configs: [] });
  });

  it("finds a stack that only has a network left (a half-removed stack)", () => {
    expect(listStacks({ services: {}, networks: byId(net("n1", "gone_default", "gone")), secrets: {}, configs: {} }).map((s) => s.name)).toEqual(["gone"]);
  });
});

describe("dataUsers", () => {
  it("names the services that mount a secret", () => {
    const services = byId(service({ id: "a", name: "b_svc", secrets: ["x1"] }), service({ id: "b", name: "a_svc", secrets: ["x1", "x2"] }), service({ id: "c", name: "c" }));
    expect(dataUsers(services, "secrets", "x1")).toEqual(["a_svc", "b_svc"]);
    expect(dataUsers(services, "configs", "x1")).toEqual([]);
  });
});
