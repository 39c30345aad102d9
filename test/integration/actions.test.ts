// Integration: every operation through the HTTP API on the real lab swarm, checked with the docker CLI; bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startAppServer, type AppServer } from "../../server/app-server";
import { endpointFromEnv } from "../../server/engine/connection";
import { docker, dockerJsonLines, LAB_IMAGE, labDockerHost, uniqueName } from "../support/docker-cli";

let app: AppServer;
const svc = uniqueName("act");
const globalSvc = uniqueName("glob");
const WAIT = { timeout: 60_000, interval: 250 };

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

async function api(method: string, path: string, body?: unknown, raw?: string): Promise<Answer> {
  const res = await fetch(`http://127.0.0.1:${app.port}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function inspect(kind: "service" | "node", name: string): Promise<Record<string, any>> {
  return JSON.parse(await docker(kind, "inspect", name))[0];
}

async function running(name: string) {
  const rows = await dockerJsonLines("service", "ps", "--no-trunc", "--filter", "desired-state=running", name);
  return rows.filter((r) => r.CurrentState.startsWith("Running"));
}

beforeAll(async () => {
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0 });
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
});

afterAll(async () => {
  for (const name of [svc, globalSvc]) await docker("service", "rm", name).catch(() => undefined);
  for (const node of ["worker1", "worker2"]) {
    await docker("node", "update", "--availability", "active", "--label-rm", "zone", node).catch(() => undefined);
    await docker("node", "demote", node).catch(() => undefined);
  }
  await app?.close();
});

describe("service operations", () => {
  it("creates a service with every field, as docker service create would", async () => {
    const r = await api("POST", "/api/v1/services", {
      name: svc,
      image: LAB_IMAGE,
      replicas: 2,
      command: ["sleep"],
      args: ["86400"],
      env: { GREETING: "hello world", MODE: "test" },
      ports: [{ target: 80, published: 18080, protocol: "tcp", mode: "ingress" }],
      constraints: ["node.role!=manager"],
      restart: { condition: "on-failure", maxAttempts: 3, delay: 2 },
      update: { parallelism: 1, delay: 1, monitor: 1 },
      labels: { team: "workshop" },
      mounts: [{ source: `${svc}-data`, target: "/data" }],
      stopGracePeriod: 1,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, action: "service.create", target: { kind: "service", name: svc } });
    expect(r.body.cli).toContain(`docker service create --no-resolve-image --name ${svc} --replicas 2 --env 'GREETING=hello world'`);
    expect(r.body.cli).toContain("--publish published=18080,target=80,protocol=tcp,mode=ingress");

    const s = await inspect("service", svc);
    expect(s.Spec.TaskTemplate.ContainerSpec.Image).toBe(LAB_IMAGE);
    expect(s.Spec.TaskTemplate.ContainerSpec.Command).toEqual(["sleep"]);
    expect(s.Spec.TaskTemplate.ContainerSpec.Args).toEqual(["86400"]);
    expect(s.Spec.TaskTemplate.ContainerSpec.Env).toEqual(["GREETING=hello world", "MODE=test"]);
    expect(s.Spec.TaskTemplate.ContainerSpec.Mounts).toEqual([{ Type: "volume", Source: `${svc}-data`, Target: "/data" }]);
    expect(s.Spec.TaskTemplate.Placement.Constraints).toEqual(["node.role!=manager"]);
    expect(s.Spec.TaskTemplate.RestartPolicy).toMatchObject({ Condition: "on-failure", MaxAttempts: 3, Delay: 2e9 });
    expect(s.Spec.UpdateConfig).toMatchObject({ Parallelism: 1, Delay: 1e9, Monitor: 1e9 });
    expect(s.Spec.Labels).toEqual({ team: "workshop" });
    expect(s.Spec.Mode).toEqual({ Replicated: { Replicas: 2 } });
    expect(s.Spec.EndpointSpec.Ports).toEqual([{ Protocol: "tcp", TargetPort: 80, PublishedPort: 18080, PublishMode: "ingress" }]);
    await vi.waitFor(async () => expect(await running(svc)).toHaveLength(2), WAIT);
    for (const t of await running(svc)) expect(t.Node).toMatch(/^worker/);
  });

  it("scales it 2 → 4 and says so like docker service scale", async () => {
    const r = await api("POST", `/api/v1/services/${svc}/scale`, { replicas: 4 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, cli: `docker service scale ${svc}=4`, message: `${svc} scaled 2 → 4` });
    expect((await inspect("service", svc)).Spec.Mode.Replicated.Replicas).toBe(4);
    await vi.waitFor(async () => expect(await running(svc)).toHaveLength(4), WAIT);
  });

  it("rolls the image 1 → 2 across the replicas, then rolls back", async () => {
    const r = await api("POST", `/api/v1/services/${svc}/update`, { image: "lab/busybox:2", envAdd: { MODE: "prod" }, envRemove: ["GREETING"] });
    expect(r.status).toBe(200);
    expect(r.body.cli).toBe(`docker service update --no-resolve-image --image lab/busybox:2 --env-add MODE=prod --env-rm GREETING ${svc}`);
    let s = await inspect("service", svc);
    expect(s.Spec.TaskTemplate.ContainerSpec.Image).toBe("lab/busybox:2");
    expect(s.Spec.TaskTemplate.ContainerSpec.Env).toEqual(["MODE=prod"]);
    await vi.waitFor(async () => {
      const live = await running(svc);
      expect(live).toHaveLength(4);
      expect(live.every((t) => t.Image === "lab/busybox:2")).toBe(true);
    }, WAIT);

    const back = await api("POST", `/api/v1/services/${svc}/rollback`, {});
    expect(back.status).toBe(200);
    expect(back.body.cli).toBe(`docker service rollback ${svc}`);
    await vi.waitFor(async () => {
      s = await inspect("service", svc);
      expect(s.Spec.TaskTemplate.ContainerSpec.Image).toBe(LAB_IMAGE);
    }, WAIT);
    await vi.waitFor(async () => {
      const live = await running(svc);
      expect(live).toHaveLength(4);
      expect(live.every((t) => t.Image === LAB_IMAGE)).toBe(true);
    }, WAIT);
  });

  it("forces a redeploy: every task is replaced", async () => {
    await vi.waitFor(async () => expect((await inspect("service", svc)).UpdateStatus?.State).not.toBe("rollback_started"), WAIT);
    const before = new Set((await running(svc)).map((t) => t.ID));
    const force = (await inspect("service", svc)).Spec.TaskTemplate.ForceUpdate ?? 0;
    const r = await api("POST", `/api/v1/services/${svc}/redeploy`, {});
    expect(r.status).toBe(200);
    expect(r.body.cli).toBe(`docker service update --force ${svc}`);
    expect((await inspect("service", svc)).Spec.TaskTemplate.ForceUpdate).toBe(force + 1);
    await vi.waitFor(async () => {
      const live = await running(svc);
      expect(live).toHaveLength(4);
      expect(live.some((t) => before.has(t.ID))).toBe(false);
    }, WAIT);
  });

  it("refuses to scale a global service, and says why", async () => {
    const created = await api("POST", "/api/v1/services", { name: globalSvc, image: LAB_IMAGE, mode: "global", command: ["sleep", "86400"], stopGracePeriod: 1 });
    expect(created.status).toBe(200);
    const version = (await inspect("service", globalSvc)).Version.Index;
    const r = await api("POST", `/api/v1/services/${globalSvc}/scale`, { replicas: 3 });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ field: "replicas" });
    expect(String(r.body.error)).toMatch(/global service/);
    expect((await inspect("service", globalSvc)).Version.Index).toBe(version);
  });

  it("removes a service only when its name is typed", async () => {
    const wrong = await api("DELETE", `/api/v1/services/${globalSvc}`, { confirm: "not-it" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.field).toBe("confirm");
    await inspect("service", globalSvc); // still there
    const r = await api("DELETE", `/api/v1/services/${globalSvc}`, { confirm: globalSvc });
    expect(r.status).toBe(200);
    expect(r.body.cli).toBe(`docker service rm ${globalSvc}`);
    await expect(docker("service", "inspect", globalSvc)).rejects.toThrow(/no such service/i);
  });
});

describe("node operations", () => {
  it("drains worker2 (its tasks move) and activates it again", async () => {
    const r = await api("POST", "/api/v1/nodes/worker2/availability", { availability: "drain" });
    expect(r.status).toBe(200);
    expect(r.body.cli).toBe("docker node update --availability drain worker2");
    expect((await inspect("node", "worker2")).Spec.Availability).toBe("drain");
    await vi.waitFor(async () => {
      const live = await running(svc);
      expect(live).toHaveLength(4);
      expect(live.filter((t) => t.Node === "worker2")).toHaveLength(0);
    }, WAIT);
    const back = await api("POST", "/api/v1/nodes/worker2/availability", { availability: "active" });
    expect(back.status).toBe(200);
    expect((await inspect("node", "worker2")).Spec.Availability).toBe("active");
  });

  it("adds and removes node labels", async () => {
    const r = await api("POST", "/api/v1/nodes/worker1/labels", { add: { zone: "east" } });
    expect(r.status).toBe(200);
    expect(r.body.cli).toBe("docker node update --label-add zone=east worker1");
    expect((await inspect("node", "worker1")).Spec.Labels).toEqual({ zone: "east" });
    const rm = await api("POST", "/api/v1/nodes/worker1/labels", { remove: ["zone"] });
    expect(rm.status).toBe(200);
    expect((await inspect("node", "worker1")).Spec.Labels).toEqual({});
  });

  it("promotes worker1 (warning about 4 managers) and demotes it back", async () => {
    const r = await api("POST", "/api/v1/nodes/worker1/role", { role: "manager" });
    expect(r.status).toBe(200);
    expect(r.body.cli).toBe("docker node promote worker1");
    expect((r.body.warnings as string[]).join(" ")).toMatch(/4 managers is an even number/);
    expect((await inspect("node", "worker1")).Spec.Role).toBe("manager");
    await vi.waitFor(async () => expect((await inspect("node", "worker1")).ManagerStatus?.Reachability).toBe("reachable"), WAIT);
    await vi.waitFor(() => expect(Object.values(app.runtime.hub.snapshot().state.nodes).filter((n) => n.role === "manager")).toHaveLength(4), WAIT);
    const d = await api("POST", "/api/v1/nodes/worker1/role", { role: "worker" });
    expect(d.status).toBe(200);
    expect(d.body.cli).toBe("docker node demote worker1");
    await vi.waitFor(async () => expect((await inspect("node", "worker1")).Spec.Role).toBe("worker"), WAIT);
  });

  it("refuses to remove a node that is up", async () => {
    const version = (await inspect("node", "worker2")).Version.Index;
    const r = await api("DELETE", "/api/v1/nodes/worker2", { confirm: "worker2" });
    expect(r.status).toBe(409);
    expect(String(r.body.error)).toMatch(/only a node that is down can be removed/);
    expect((await inspect("node", "worker2")).Version.Index).toBe(version);
  });
});

describe("bad input: a 4xx naming the field, and the cluster unchanged", () => {
  const big = "x".repeat(1024 * 1024 + 10);
  type Case = { name: string; method: string; path: () => string; body?: unknown; raw?: string; status: number; field: string };
  /** POST /api/v1/services with the body: "create: NAME". */
  const create = (name: string, body: unknown, status: number, field: string): Case => ({
    name: `create: ${name}`,
    method: "POST",
    path: () => "/api/v1/services",
    body,
    status,
    field,
  });
  const cases: Case[] = [
    { name: "replicas negative", method: "POST", path: () => `/api/v1/services/${svc}/scale`, body: { replicas: -1 }, status: 400, field: "replicas" },
    { name: "replicas over the limit", method: "POST", path: () => `/api/v1/services/${svc}/scale`, body: { replicas: 1001 }, status: 400, field: "replicas" },
    { name: "replicas fractional", method: "POST", path: () => `/api/v1/services/${svc}/scale`, body: { replicas: 2.5 }, status: 400, field: "replicas" },
    { name: "replicas a string", method: "POST", path: () => `/api/v1/services/${svc}/scale`, body: { replicas: "3" }, status: 400, field: "replicas" },
    { name: "replicas missing", method: "POST", path: () => `/api/v1/services/${svc}/scale`, body: {}, status: 400, field: "replicas" },
    { name: "replicas null", method: "POST", path: () => `/api/v1/services/${svc}/scale`, body: { replicas: null }, status: 400, field: "replicas" },
    { name: "extra field on scale", method: "POST", path: () => `/api/v1/services/${svc}/scale`, body: { replicas: 3, force: true }, status: 400, field: "force" },
    { name: "id in the body", method: "POST", path: () => `/api/v1/services/${svc}/scale`, body: { replicas: 3, id: "other" }, status: 400, field: "id" },
    { name: "malformed JSON", method: "POST", path: () => `/api/v1/services/${svc}/scale`, raw: '{"replicas": 3', status: 400, field: "body" },
    { name: "JSON array body", method: "POST", path: () => `/api/v1/services/${svc}/scale`, raw: "[3]", status: 400, field: "body" },
    { name: "body over 1 MB", method: "POST", path: () => `/api/v1/services/${svc}/scale`, raw: JSON.stringify({ replicas: 3, pad: big }), status: 400, field: "body" },
    { name: "unknown service", method: "POST", path: () => "/api/v1/services/no-such-service-here/scale", body: { replicas: 3 }, status: 404, field: "id" },
    { name: "unknown node", method: "POST", path: () => "/api/v1/nodes/no-such-node/availability", body: { availability: "drain" }, status: 404, field: "id" },
    { name: "availability not a state", method: "POST", path: () => "/api/v1/nodes/worker2/availability", body: { availability: "sleep" }, status: 400, field: "availability" },
    { name: "availability upper case", method: "POST", path: () => "/api/v1/nodes/worker2/availability", body: { availability: "DRAIN" }, status: 400, field: "availability" },
    { name: "role not a role", method: "POST", path: () => "/api/v1/nodes/worker2/role", body: { role: "leader" }, status: 400, field: "role" },
    { name: "node labels empty", method: "POST", path: () => "/api/v1/nodes/worker2/labels", body: {}, status: 400, field: "add" },
    { name: "node label key with =", method: "POST", path: () => "/api/v1/nodes/worker2/labels", body: { add: { "a=b": "c" } }, status: 400, field: "add.a=b" },
    create("name with a space", { name: "my app", image: LAB_IMAGE }, 400, "name"),
    create("name with shell characters", { name: "a;rm -rf /", image: LAB_IMAGE }, 400, "name"),
    create("name too long", { name: "a".repeat(64), image: LAB_IMAGE }, 400, "name"),
    create("name taken", { name: svc, image: LAB_IMAGE }, 409, "name"),
    create("empty image", { name: "okname", image: "" }, 400, "image"),
    create("image with upper case path", { name: "okname", image: "Lab/BusyBox" }, 400, "image"),
    create("image missing", { name: "okname" }, 400, "image"),
    create("replicas with global mode", { name: "okname", image: LAB_IMAGE, mode: "global", replicas: 2 }, 400, "replicas"),
    create("unknown mode", { name: "okname", image: LAB_IMAGE, mode: "daemonset" }, 400, "mode"),
    create("port out of range", { name: "okname", image: LAB_IMAGE, ports: [{ target: 70000 }] }, 400, "ports.0.target"),
    create("bad protocol", { name: "okname", image: LAB_IMAGE, ports: [{ target: 80, protocol: "icmp" }] }, 400, "ports.0.protocol"),
    create("bad constraint", { name: "okname", image: LAB_IMAGE, constraints: ["node.role=manager"] }, 400, "constraints.0"),
    create("mount target not absolute", { name: "okname", image: LAB_IMAGE, mounts: [{ source: "data", target: "data" }] }, 400, "mounts.0.target"),
    create("unknown network", { name: "okname", image: LAB_IMAGE, networks: ["nowhere-net"] }, 404, "networks"),
    create("env name with space", { name: "okname", image: LAB_IMAGE, env: { "A B": "1" } }, 400, "env.A B"),
    create("restart condition unknown", { name: "okname", image: LAB_IMAGE, restart: { condition: "always" } }, 400, "restart.condition"),
    { name: "update: nothing to change", method: "POST", path: () => `/api/v1/services/${svc}/update`, body: {}, status: 400, field: "body" },
    { name: "update: bad image", method: "POST", path: () => `/api/v1/services/${svc}/update`, body: { image: "bad image" }, status: 400, field: "image" },
    { name: "remove service: confirm missing", method: "DELETE", path: () => `/api/v1/services/${svc}`, body: {}, status: 400, field: "confirm" },
    { name: "remove service: wrong confirm", method: "DELETE", path: () => `/api/v1/services/${svc}`, body: { confirm: "nope" }, status: 400, field: "confirm" },
    { name: "remove node: wrong confirm", method: "DELETE", path: () => "/api/v1/nodes/worker2", body: { confirm: "worker1" }, status: 400, field: "confirm" },
    {
      name: "demote the last manager is refused elsewhere; promote with extra field",
      method: "POST",
      path: () => "/api/v1/nodes/worker2/role",
      body: { role: "manager", now: true },
      status: 400,
      field: "now",
    },
  ];

  /** Everything an operation could change: services (with versions), nodes (their specs). */
  async function clusterFingerprint() {
    const services = await dockerJsonLines("service", "ls");
    const ids = services.map((s) => s.ID);
    const versions = ids.length ? JSON.parse(await docker("service", "inspect", ...ids)).map((s: any) => `${s.Spec.Name}@${s.Version.Index}`) : [];
    // Node specs, not versions: a node's version also moves on its own (status, certificate renewal after a role change).
    const nodes = JSON.parse(await docker("node", "inspect", "manager1", "manager2", "manager3", "worker1", "worker2")).map(
      (n: any) => `${n.Description.Hostname}:${JSON.stringify(n.Spec)}`,
    );
    return { services: versions.sort(), nodes: nodes.sort() };
  }

  beforeAll(async () => {
    // Let earlier operations finish (update status, role changes) so only a request could change the fingerprint.
    let last = "";
    await vi.waitFor(
      async () => {
        const now = JSON.stringify(await clusterFingerprint());
        const settled = now === last;
        last = now;
        expect(settled).toBe(true);
      },
      { timeout: 60_000, interval: 2000 },
    );
  });

  it(`has at least 30 cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const before = await clusterFingerprint();
      const r = await api(c.method, c.path(), c.body, c.raw);
      expect(r.status).toBe(c.status);
      expect(r.body.ok).toBe(false);
      expect(r.body.field).toBe(c.field);
      expect(typeof r.body.error).toBe("string");
      expect(String(r.body.error)).not.toMatch(/\n\s+at /); // no stack traces
      expect(await clusterFingerprint()).toEqual(before);
    });
  }
});
