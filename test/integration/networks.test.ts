// Integration: networks on the real lab swarm — create, attach, task addresses, container facts, removal rules, bad input.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ContainerNetworkFacts, NetworkDetail } from "../../lib/detail-types";
import { startAppServer, type AppServer } from "../../server/app-server";
import { endpointFromEnv } from "../../server/engine/connection";
import { docker, dockerJsonLines, LAB_IMAGE, labDockerHost, uniqueName, createLabService, runLabContainer } from "../support/docker-cli";

let app: AppServer;
const net = uniqueName("collabnet");
const other = uniqueName("sidenet");
const svc = uniqueName("netsvc");
const none = uniqueName("nonet");
const dnsBox = uniqueName("dnsbox");
const WAIT = { timeout: 60_000, interval: 250 };

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`http://127.0.0.1:${app.port}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0 });
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
});

afterAll(async () => {
  await docker("service", "rm", svc).catch(() => undefined);
  await docker("rm", "-f", none, dnsBox).catch(() => undefined);
  await vi
    .waitFor(async () => {
      await docker("network", "rm", net, other).catch(() => undefined);
      expect((await dockerJsonLines("network", "ls")).filter((n) => n.Name === net || n.Name === other)).toEqual([]);
    }, WAIT)
    .catch(() => undefined);
  await app?.close();
});

describe("networks", () => {
  it("creates an attachable overlay with a subnet and gateway, as docker network create would", async () => {
    const r = await api("POST", "/api/v1/networks", { name: net, driver: "overlay", attachable: true, subnet: "10.250.9.0/24", gateway: "10.250.9.1", labels: { lab: "net" } });
    expect(r.status).toBe(200);
    expect(r.body.cli).toBe(`docker network create --driver overlay --attachable --subnet 10.250.9.0/24 --gateway 10.250.9.1 --label lab=net ${net}`);
    const raw = JSON.parse(await docker("network", "inspect", net))[0];
    expect(raw).toMatchObject({ Driver: "overlay", Scope: "swarm", Attachable: true, Labels: { lab: "net" } });
    expect(raw.IPAM.Config).toEqual([{ Subnet: "10.250.9.0/24", Gateway: "10.250.9.1" }]);
    await vi.waitFor(
      () =>
        expect(Object.values(app.runtime.hub.snapshot().state.networks).find((n) => n.name === net)?.subnets).toEqual([
          { subnet: "10.250.9.0/24", gateway: "10.250.9.1", ipRange: null },
        ]),
      WAIT,
    );
  });

  it("lists every task of a 4-replica service on it with the same address the engine gives the task", async () => {
    await createLabService(svc, "4", "--network", net, "--stop-grace-period", "1s", LAB_IMAGE, "sleep", "86400");
    await vi.waitFor(async () => {
      const ps = await dockerJsonLines("service", "ps", "--no-trunc", "--filter", "desired-state=running", svc);
      expect(ps.filter((t) => t.CurrentState.startsWith("Running"))).toHaveLength(4);
    }, WAIT);
    const ps = await dockerJsonLines("service", "ps", "--no-trunc", "--filter", "desired-state=running", svc);
    expect(new Set(ps.map((t) => t.Node)).size).toBeGreaterThan(1); // across nodes
    const expected = new Map<string, string[]>();
    for (const t of ps) {
      const task = JSON.parse(await docker("inspect", "--type", "task", t.ID))[0];
      const attachment = task.NetworksAttachments.find((a: any) => a.Network.Spec.Name === net);
      expected.set(t.ID, attachment.Addresses);
    }
    await vi.waitFor(async () => {
      const r = await api("GET", `/api/v1/networks/${net}`);
      expect(r.status).toBe(200);
      const detail = r.body as NetworkDetail;
      expect(detail.services.map((s) => s.name)).toEqual([svc]);
      const live = detail.tasks.filter((t) => expected.has(t.taskId));
      expect(live).toHaveLength(4);
      for (const t of live) {
        expect(t.addresses).toEqual(expected.get(t.taskId));
        expect(t.addresses[0]).toMatch(/^10\.250\.9\.\d+\/24$/);
        expect(t.nodeName).toBe(ps.find((p) => p.ID === t.taskId)!.Node);
      }
    }, WAIT);
  });

  it("attaches the service to a second network and detaches it again", async () => {
    expect((await api("POST", "/api/v1/networks", { name: other, driver: "overlay" })).status).toBe(200);
    await vi.waitFor(() => expect(Object.values(app.runtime.hub.snapshot().state.networks).some((n) => n.name === other)).toBe(true), WAIT);
    const add = await api("POST", `/api/v1/services/${svc}/networks`, { add: [other] });
    expect(add.status).toBe(200);
    expect(add.body.cli).toBe(`docker service update --network-add ${other} ${svc}`);
    const names = async () => {
      const s = JSON.parse(await docker("service", "inspect", svc))[0];
      const ids = s.Spec.TaskTemplate.Networks.map((n: any) => n.Target);
      const nets = await dockerJsonLines("network", "ls", "--no-trunc");
      return ids.map((id: string) => nets.find((n) => n.ID === id)?.Name).sort();
    };
    expect(await names()).toEqual([net, other].sort());
    const rm = await api("POST", `/api/v1/services/${svc}/networks`, { remove: [other] });
    expect(rm.status).toBe(200);
    expect(rm.body.cli).toBe(`docker service update --network-rm ${other} ${svc}`);
    expect(await names()).toEqual([net]);
  });

  it("refuses to remove a network in use, the ingress network and predefined ones", async () => {
    const inUse = await api("DELETE", `/api/v1/networks/${net}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error).toContain(svc);
    // The network's state refuses, not a field; Docker's own load-balancer endpoint is never named as something to detach.
    expect(inUse.body.field).toBeUndefined();
    expect(inUse.body.error).not.toContain(`${net}-endpoint`);
    expect((await api("DELETE", "/api/v1/networks/ingress")).status).toBe(400);
    for (const name of ["bridge", "host", "none"]) {
      const r = await api("DELETE", `/api/v1/networks/${name}`);
      expect(r.status).toBe(400);
      expect(r.body.error).toMatch(/predefined/);
    }
    expect((await dockerJsonLines("network", "ls")).some((n) => n.Name === net)).toBe(true);
  });

  it("removes an unused network", async () => {
    await vi.waitFor(async () => {
      const r = await api("DELETE", `/api/v1/networks/${other}`);
      expect(r.status).toBe(200);
    }, WAIT);
    expect((await dockerJsonLines("network", "ls")).some((n) => n.Name === other)).toBe(false);
  });
});

describe("container network facts", () => {
  it("shows exactly what docker inspect shows for --network none and for --dns/--dns-search/--hostname", async () => {
    await runLabContainer(none, "--network", "none");
    await runLabContainer(dnsBox, "--hostname", "box.lab", "--dns", "10.213.0.53", "--dns-search", "lab.example", "--add-host", "db.lab:10.213.0.99");
    const r = await api("GET", "/api/v1/containers");
    expect(r.status).toBe(200);
    const facts = r.body.containers as ContainerNetworkFacts[];
    const noneFacts = facts.find((c) => c.name === none)!;
    const rawNone = JSON.parse(await docker("inspect", none))[0];
    expect(noneFacts).toMatchObject({ networkMode: "none", loopbackOnly: true, hostname: rawNone.Config.Hostname });
    expect(noneFacts.networks.map((n) => [n.name, n.ipv4])).toEqual([["none", null]]);

    const boxFacts = facts.find((c) => c.name === dnsBox)!;
    const raw = JSON.parse(await docker("inspect", dnsBox))[0];
    expect(boxFacts).toMatchObject({
      networkMode: raw.HostConfig.NetworkMode,
      loopbackOnly: false,
      hostname: raw.Config.Hostname,
      dns: raw.HostConfig.Dns,
      dnsSearch: raw.HostConfig.DnsSearch,
      extraHosts: raw.HostConfig.ExtraHosts,
    });
    expect(boxFacts.hostname).toBe("box.lab");
    const bridge = raw.NetworkSettings.Networks.bridge;
    expect(boxFacts.networks).toEqual([
      { name: "bridge", id: bridge.NetworkID, ipv4: bridge.IPAddress, prefixLength: bridge.IPPrefixLen, ipv6: null, gateway: bridge.Gateway, mac: bridge.MacAddress, aliases: [] },
    ]);
  });
});

describe("network bad input: a 4xx naming the field, and nothing created or removed", () => {
  const cases: { name: string; method: string; path: string; body: unknown; status: number; field: string }[] = [
    { name: "malformed CIDR", method: "POST", path: "/api/v1/networks", body: { name: "badnet1", driver: "overlay", subnet: "10.250.300.0/24" }, status: 400, field: "subnet" },
    { name: "CIDR with host bits", method: "POST", path: "/api/v1/networks", body: { name: "badnet2", driver: "overlay", subnet: "10.250.9.5/24" }, status: 400, field: "subnet" },
    { name: "prefix too long", method: "POST", path: "/api/v1/networks", body: { name: "badnet3", driver: "overlay", subnet: "10.250.9.0/33" }, status: 400, field: "subnet" },
    { name: "not an address at all", method: "POST", path: "/api/v1/networks", body: { name: "badnet4", driver: "overlay", subnet: "collab" }, status: 400, field: "subnet" },
    { name: "overlapping subnet", method: "POST", path: "/api/v1/networks", body: { name: "badnet5", driver: "overlay", subnet: "10.250.0.0/16" }, status: 409, field: "subnet" },
    {
      name: "overlaps the ingress network",
      method: "POST",
      path: "/api/v1/networks",
      body: { name: "badnet6", driver: "overlay", subnet: "10.240.0.0/24" },
      status: 409,
      field: "subnet",
    },
    {
      name: "gateway outside the subnet",
      method: "POST",
      path: "/api/v1/networks",
      body: { name: "badnet7", driver: "overlay", subnet: "10.251.0.0/24", gateway: "10.251.1.1" },
      status: 400,
      field: "gateway",
    },
    {
      name: "gateway without a subnet",
      method: "POST",
      path: "/api/v1/networks",
      body: { name: "badnet8", driver: "overlay", gateway: "10.251.0.1" },
      status: 400,
      field: "subnet",
    },
    {
      name: "IP range outside the subnet",
      method: "POST",
      path: "/api/v1/networks",
      body: { name: "badnet9", driver: "overlay", subnet: "10.251.0.0/24", ipRange: "10.251.0.0/23" },
      status: 400,
      field: "ipRange",
    },
    { name: "unknown driver", method: "POST", path: "/api/v1/networks", body: { name: "badnet10", driver: "weave" }, status: 400, field: "driver" },
    { name: "encrypted bridge", method: "POST", path: "/api/v1/networks", body: { name: "badnet11", driver: "bridge", encrypted: true }, status: 400, field: "encrypted" },
    { name: "invalid name", method: "POST", path: "/api/v1/networks", body: { name: "-bad", driver: "overlay" }, status: 400, field: "name" },
    { name: "name with shell characters", method: "POST", path: "/api/v1/networks", body: { name: "net;rm -rf /", driver: "overlay" }, status: 400, field: "name" },
    { name: "name taken", method: "POST", path: "/api/v1/networks", body: { name: "ingress", driver: "overlay" }, status: 409, field: "name" },
    { name: "unknown field", method: "POST", path: "/api/v1/networks", body: { name: "badnet12", driver: "overlay", scope: "global" }, status: 400, field: "scope" },
    { name: "remove the ingress network", method: "DELETE", path: "/api/v1/networks/ingress", body: {}, status: 400, field: "id" },
    { name: "remove a predefined network", method: "DELETE", path: "/api/v1/networks/host", body: {}, status: 400, field: "id" },
    { name: "remove an unknown network", method: "DELETE", path: "/api/v1/networks/no-such-net", body: {}, status: 404, field: "id" },
    { name: "attach to an unknown network", method: "POST", path: `/api/v1/services/${svc}/networks`, body: { add: ["no-such-net"] }, status: 404, field: "add" },
    { name: "attach to a local bridge network", method: "POST", path: `/api/v1/services/${svc}/networks`, body: { add: ["bridge"] }, status: 400, field: "add" },
    { name: "attach with nothing to do", method: "POST", path: `/api/v1/services/${svc}/networks`, body: {}, status: 400, field: "add" },
  ];

  async function fingerprint() {
    const nets = (await dockerJsonLines("network", "ls", "--no-trunc")).map((n) => n.ID).sort();
    const s = JSON.parse(await docker("service", "inspect", svc))[0];
    return { nets, service: s.Version.Index };
  }

  it(`has at least 15 cases (${cases.length})`, () => expect(cases.length).toBeGreaterThanOrEqual(15));

  for (const c of cases) {
    it(c.name, async () => {
      const before = await fingerprint();
      const r = await api(c.method, c.path, c.body);
      expect(r.status).toBe(c.status);
      expect(r.body).toMatchObject({ ok: false, field: c.field });
      expect(typeof r.body.error).toBe("string");
      expect(await fingerprint()).toEqual(before);
    });
  }
});
