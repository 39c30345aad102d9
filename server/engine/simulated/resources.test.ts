// Unit tests of the simulated swarm's networks, secrets, configs, swarm update and tokens, events' shape, and determinism.
import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../../../lib/engine-types";
import { SimulatedSwarm } from "./swarm";
import { serviceNamed, setNode, spec, update, withImage } from "./sim-test-helpers";

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("SimulatedSwarm networks, secrets, configs, swarm", () => {
  it("creates overlay networks with the next free 10.0.x.0/24 (or the given subnet) and refuses what the engine refuses", () => {
    const swarm = new SimulatedSwarm({ seed: 1, nodes: 3, defaultNetwork: false });
    const events: EngineEvent[] = [];
    swarm.onEvent((e) => events.push(e));
    const a = swarm.createNetwork({ Name: "a", Driver: "overlay", Attachable: true });
    swarm.createNetwork({ Name: "b", Driver: "overlay", IPAM: { Config: [{ Subnet: "10.0.2.0/24" }] } });
    swarm.createNetwork({ Name: "c", Driver: "overlay" });
    expect(swarm.networks().map((n) => [n.Name, n.IPAM?.Config?.[0]?.Subnet, n.IPAM?.Config?.[0]?.Gateway, n.Ingress, n.Attachable])).toEqual([
      ["ingress", "10.0.0.0/24", "10.0.0.1", true, false],
      ["a", "10.0.1.0/24", "10.0.1.1", false, true],
      ["b", "10.0.2.0/24", "10.0.2.1", false, false],
      ["c", "10.0.3.0/24", "10.0.3.1", false, false],
    ]);
    expect(events.map((e) => [e.Type, e.Action, e.Actor.ID, e.Actor.Attributes?.name, e.scope])).toEqual([
      ["network", "create", a.Id, "a", "swarm"],
      ["network", "create", expect.any(String), "b", "swarm"],
      ["network", "create", expect.any(String), "c", "swarm"],
    ]);
    expect(() => swarm.createNetwork({ Name: "a", Driver: "overlay" })).toThrow(expect.objectContaining({ status: 409, message: "network with name a already exists" }));
    expect(() => swarm.createNetwork({ Name: "host", Driver: "overlay" })).toThrow(
      expect.objectContaining({ status: 403, message: "host is a pre-defined network and cannot be created" }),
    );
    swarm.createService(spec("web", { TaskTemplate: { Networks: [{ Target: "a" }] }, EndpointSpec: { Ports: [{ TargetPort: 80, PublishedPort: 80 }] } }));
    const web = serviceNamed(swarm, "web");
    expect(() => swarm.removeNetwork("a")).toThrow(
      expect.objectContaining({ status: 400, message: `rpc error: code = FailedPrecondition desc = network ${a.Id} is in use by service ${web.ID}` }),
    );
    expect(() => swarm.removeNetwork("ingress")).toThrow(
      expect.objectContaining({ status: 400, message: `rpc error: code = FailedPrecondition desc = ingress network cannot be removed because service ${web.ID} depends on it` }),
    );
    expect(() => swarm.removeNetwork("zzz")).toThrow(expect.objectContaining({ status: 404, message: "network zzz not found" }));
    expect(() => swarm.createService(spec("x", { TaskTemplate: { Networks: [{ Target: "zzz" }] } }))).toThrow(
      expect.objectContaining({ status: 404, message: "network zzz not found" }),
    );
    swarm.removeService("web");
    swarm.settle();
    swarm.removeNetwork("a");
    expect(swarm.network("a")).toBeNull();
    expect(events.at(-1)).toMatchObject({ Type: "network", Action: "remove", Actor: { ID: a.Id, Attributes: { name: "a" } } });
  });

  it("attaches a service to a network by update: new tasks carry an address on it", () => {
    const swarm = new SimulatedSwarm({ seed: 2, nodes: 3, defaultNetwork: false });
    swarm.createService(spec("web", { replicas: 2 }));
    swarm.settle();
    const { Id } = swarm.createNetwork({ Name: "back", Driver: "overlay" });
    update(swarm, "web", (s) => ({ ...s, TaskTemplate: { ...s.TaskTemplate, Networks: [{ Target: Id }] } }));
    swarm.settle();
    const live = swarm.tasks().filter((t) => t.DesiredState === "running");
    expect(live.map((t) => t.NetworksAttachments?.map((n) => n.Network.ID))).toEqual([[Id], [Id]]);
    expect(serviceNamed(swarm, "web").Endpoint?.VirtualIPs?.map((v) => v.NetworkID)).toEqual([Id]);
  });

  it("secrets and configs: name conflicts 409, a secret's data never read back, a config's kept, in use refuses removal", () => {
    const swarm = new SimulatedSwarm({ seed: 3, nodes: 1, managers: 1, defaultNetwork: false });
    const events: EngineEvent[] = [];
    swarm.onEvent((e) => events.push(e));
    const s = swarm.createSecret({ Name: "db_pw", Data: b64("hunter2"), Labels: { "com.docker.stack.namespace": "shop" } });
    const c = swarm.createConfig({ Name: "nginx.conf", Data: b64("server {}") });
    expect(JSON.stringify(swarm.secrets())).not.toContain(b64("hunter2"));
    expect(swarm.secret("db_pw")).toMatchObject({ ID: s.ID, Spec: { Name: "db_pw", Labels: { "com.docker.stack.namespace": "shop" } } });
    expect(swarm.config(c.ID)?.Spec.Data).toBe(b64("server {}"));
    expect(() => swarm.createSecret({ Name: "db_pw", Data: "" })).toThrow(
      expect.objectContaining({ status: 409, message: "rpc error: code = AlreadyExists desc = secret db_pw already exists" }),
    );
    swarm.createService(
      spec("api", {
        TaskTemplate: { ContainerSpec: { Image: "lab/busybox:1", Secrets: [{ SecretName: "db_pw", File: { Name: "db_pw" } }], Configs: [{ ConfigName: "nginx.conf" }] } },
      }),
    );
    expect(serviceNamed(swarm, "api").Spec.TaskTemplate.ContainerSpec?.Secrets?.[0]).toMatchObject({ SecretID: s.ID, SecretName: "db_pw" });
    expect(() => swarm.removeSecret("db_pw")).toThrow(
      expect.objectContaining({ status: 400, message: "rpc error: code = InvalidArgument desc = secret 'db_pw' is in use by the following service: api" }),
    );
    expect(() => swarm.removeConfig(c.ID)).toThrow(
      expect.objectContaining({ status: 400, message: "rpc error: code = InvalidArgument desc = config 'nginx.conf' is in use by the following service: api" }),
    );
    expect(() => swarm.createService(spec("x", { TaskTemplate: { ContainerSpec: { Image: "lab/busybox:1", Secrets: [{ SecretName: "nope" }] } } }))).toThrow(
      expect.objectContaining({ status: 400, message: "rpc error: code = InvalidArgument desc = secret not found: nope" }),
    );
    swarm.removeService("api");
    swarm.removeSecret("db_pw");
    swarm.removeConfig("nginx.conf");
    expect([swarm.secrets(), swarm.configs()]).toEqual([[], []]);
    expect(() => swarm.removeSecret("db_pw")).toThrow(expect.objectContaining({ status: 404, message: "secret db_pw not found" }));
    expect(events.filter((e) => e.Type !== "service").map((e) => [e.Type, e.Action, e.Actor.Attributes?.name])).toEqual([
      ["secret", "create", "db_pw"],
      ["config", "create", "nginx.conf"],
      ["secret", "remove", "db_pw"],
      ["config", "remove", "nginx.conf"],
    ]);
  });

  it("swarm update: version checked, join tokens shaped and rotated, the unlock key with autolock", () => {
    const swarm = new SimulatedSwarm({ seed: 4, nodes: 1, managers: 1, defaultNetwork: false });
    const before = swarm.joinTokens();
    expect(before.worker).toMatch(/^SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}$/);
    expect(before.manager.slice(0, 59)).toBe(before.worker.slice(0, 59));
    expect(swarm.unlockKey()).toBe("");
    const s = swarm.swarm();
    swarm.updateSwarm(s.Version.Index, { ...s.Spec, Orchestration: { TaskHistoryRetentionLimit: 2 }, EncryptionConfig: { AutoLockManagers: true } }, { workerToken: true });
    expect(swarm.joinTokens().worker).not.toBe(before.worker);
    expect(swarm.joinTokens().manager).toBe(before.manager);
    expect(swarm.unlockKey()).toMatch(/^SWMKEY-1-[A-Za-z0-9+/]{43}$/);
    expect(swarm.taskHistory).toBe(2);
    expect(() => swarm.updateSwarm(s.Version.Index, s.Spec)).toThrow(expect.objectContaining({ status: 500, message: "rpc error: code = Unknown desc = update out of sequence" }));
    expect(JSON.stringify(swarm.swarm())).not.toContain("SWMTKN");
  });

  it("events carry time (s) and timeNano (ns) of the logical clock", () => {
    const swarm = new SimulatedSwarm({ seed: 5, nodes: 1, managers: 1, defaultNetwork: false, start: Date.parse("2026-03-01T12:00:00.250Z") });
    const events: EngineEvent[] = [];
    swarm.onEvent((e) => events.push(e));
    swarm.createService(spec("web"));
    expect(events[0]).toEqual({
      Type: "service",
      Action: "create",
      Actor: { ID: serviceNamed(swarm, "web").ID, Attributes: { name: "web" } },
      scope: "swarm",
      time: Date.parse("2026-03-01T12:00:00Z") / 1000,
      timeNano: Date.parse("2026-03-01T12:00:00.250Z") * 1e6,
    });
  });

  it("is deterministic: the same seed and writes give the same JSON; another seed does not", () => {
    const run = (seed: number) => {
      const swarm = new SimulatedSwarm({ seed, nodes: 6 });
      const events: EngineEvent[] = [];
      swarm.onEvent((e) => events.push(e));
      swarm.createNetwork({ Name: "n", Driver: "overlay" });
      swarm.createService({ ...spec("agent"), Mode: { Global: {} } });
      swarm.createService(spec("web", { replicas: 7, TaskTemplate: { Networks: [{ Target: "n" }] }, EndpointSpec: { Ports: [{ TargetPort: 80 }] } }));
      swarm.advance(700);
      update(swarm, "web", withImage("lab/busybox:2"));
      swarm.advance(3_000);
      setNode(swarm, "worker2", { Availability: "drain" });
      swarm.setNodeState("worker1", "down");
      swarm.settle();
      return JSON.stringify([swarm.nodes(), swarm.services(), swarm.tasks(), swarm.networks(), events]);
    };
    expect(run(42)).toBe(run(42));
    expect(run(42)).not.toBe(run(43));
  });
});
