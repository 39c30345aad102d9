// Unit tests of the simulated scheduler and orchestrators: spread, constraints, "no suitable node", drain and pause, global services, ports, networks.
import { describe, expect, it } from "vitest";
import { SimulatedSwarm } from "./swarm";
import { hostOf, nodeNamed, perNode, running, serviceNamed, setNode, spec, tasksOf, update, wanted } from "./sim-test-helpers";

describe("SimulatedSwarm scheduling", () => {
  it("spreads a service over the nodes with the fewest of its tasks, then the fewest tasks", () => {
    const swarm = new SimulatedSwarm({ seed: 1, nodes: 5, defaultNetwork: false });
    swarm.createService(spec("a", { replicas: 3 }));
    swarm.settle();
    swarm.createService(spec("b", { replicas: 2 }));
    swarm.settle();
    expect(Object.values(perNode(swarm, running(tasksOf(swarm, "a"))))).toEqual([1, 1, 1]);
    // b avoids the three busy nodes: it goes to the two empty ones.
    const bHosts = running(tasksOf(swarm, "b")).map((t) => hostOf(swarm, t));
    const aHosts = running(tasksOf(swarm, "a")).map((t) => hostOf(swarm, t));
    expect(bHosts.filter((h) => aHosts.includes(h))).toEqual([]);
  });

  it("honours constraints (node.role, node.hostname, node.labels, !=) and ignores engine.labels", () => {
    const swarm = new SimulatedSwarm({ seed: 2, nodes: 5, defaultNetwork: false });
    setNode(swarm, "worker2", { Labels: { zone: "b" } });
    swarm.createService(spec("managers", { replicas: 6, TaskTemplate: { Placement: { Constraints: ["node.role==manager"] } } }));
    swarm.createService(spec("zoned", { replicas: 2, TaskTemplate: { Placement: { Constraints: ["node.labels.zone == b", "engine.labels.x==y"] } } }));
    swarm.createService(spec("not1", { replicas: 4, TaskTemplate: { Placement: { Constraints: ["node.hostname != manager1", "node.role != manager"] } } }));
    swarm.settle();
    expect(perNode(swarm, running(tasksOf(swarm, "managers")))).toEqual({ manager1: 2, manager2: 2, manager3: 2 });
    expect(perNode(swarm, running(tasksOf(swarm, "zoned")))).toEqual({ worker2: 2 });
    expect(perNode(swarm, running(tasksOf(swarm, "not1")))).toEqual({ worker1: 2, worker2: 2 });
    expect(() => swarm.createService(spec("bad", { TaskTemplate: { Placement: { Constraints: ["node.role=manager"] } } }))).toThrow(
      expect.objectContaining({ status: 400, message: "rpc error: code = InvalidArgument desc = constraint expected one operator from ==, !=" }),
    );
  });

  it('leaves tasks nobody can take pending with the scheduler\'s "no suitable node (…)" and places them once a node fits', () => {
    const swarm = new SimulatedSwarm({ seed: 3, nodes: 5, defaultNetwork: false });
    setNode(swarm, "worker1", { Availability: "drain" });
    swarm.createService(spec("gpu", { replicas: 2, TaskTemplate: { Placement: { Constraints: ["node.labels.gpu==true"] } } }));
    swarm.settle();
    const pending = tasksOf(swarm, "gpu");
    expect(pending.map((t) => [t.Status.State, t.NodeID, t.Status.Err])).toEqual([
      ["pending", undefined, "no suitable node (1 node not available for new tasks; scheduling constraints not satisfied on 4 nodes)"],
      ["pending", undefined, "no suitable node (1 node not available for new tasks; scheduling constraints not satisfied on 4 nodes)"],
    ]);
    expect(swarm.services().find((s) => s.Spec.Name === "gpu")?.ServiceStatus).toEqual({ RunningTasks: 0, DesiredTasks: 2 });
    setNode(swarm, "worker2", { Labels: { gpu: "true" } });
    swarm.settle();
    expect(tasksOf(swarm, "gpu").map((t) => [t.Status.State, hostOf(swarm, t), t.Status.Err])).toEqual([
      ["running", "worker2", undefined],
      ["running", "worker2", undefined],
    ]);
  });

  it("MaxReplicas per node: the rest stay pending with the engine's reason", () => {
    const swarm = new SimulatedSwarm({ seed: 4, nodes: 2, managers: 1, defaultNetwork: false });
    swarm.createService(spec("one-each", { replicas: 3, TaskTemplate: { Placement: { MaxReplicas: 1 } } }));
    swarm.settle();
    expect(running(tasksOf(swarm, "one-each"))).toHaveLength(2);
    expect(tasksOf(swarm, "one-each").find((t) => t.Status.State === "pending")?.Status.Err).toBe("no suitable node (max replicas per node limit exceed)");
  });

  it("drain moves tasks off (shut down there, started elsewhere); pause keeps them but takes no new ones", () => {
    const swarm = new SimulatedSwarm({ seed: 5, nodes: 3, managers: 1, defaultNetwork: false });
    swarm.createService(spec("web", { replicas: 6 }));
    swarm.settle();
    setNode(swarm, "worker1", { Availability: "pause" });
    update(swarm, "web", (s) => ({ ...s, Mode: { Replicated: { Replicas: 9 } } }));
    swarm.settle();
    expect(perNode(swarm, running(tasksOf(swarm, "web")))).toEqual({ manager1: 4, worker1: 2, worker2: 3 });
    const onWorker1 = running(tasksOf(swarm, "web")).filter((t) => hostOf(swarm, t) === "worker1");
    setNode(swarm, "worker1", { Availability: "drain" });
    swarm.settle();
    expect(perNode(swarm, running(tasksOf(swarm, "web")))).toEqual({ manager1: 5, worker2: 4 });
    for (const t of onWorker1) expect(swarm.task(t.ID)).toMatchObject({ DesiredState: "shutdown", Status: { State: "shutdown" } });
  });

  it("a global service runs one task per eligible node and follows nodes joining, draining, and coming back", () => {
    const swarm = new SimulatedSwarm({ seed: 6, nodes: 4, defaultNetwork: false });
    swarm.createService({ ...spec("agent"), Mode: { Global: {} } });
    swarm.createService({ ...spec("mgr-agent", { TaskTemplate: { Placement: { Constraints: ["node.role==manager"] } } }), Mode: { Global: {} } });
    swarm.settle();
    expect(perNode(swarm, running(tasksOf(swarm, "agent")))).toEqual({ manager1: 1, manager2: 1, manager3: 1, worker1: 1 });
    expect(Object.keys(perNode(swarm, running(tasksOf(swarm, "mgr-agent"))))).toEqual(["manager1", "manager2", "manager3"]);
    expect(tasksOf(swarm, "agent").every((t) => t.Slot === undefined)).toBe(true);
    swarm.joinNode({ role: "worker" });
    setNode(swarm, "manager2", { Availability: "drain" });
    swarm.settle();
    expect(perNode(swarm, running(tasksOf(swarm, "agent")))).toEqual({ manager1: 1, manager3: 1, worker1: 1, worker2: 1 });
    expect(swarm.services().find((s) => s.Spec.Name === "agent")?.ServiceStatus).toEqual({ RunningTasks: 4, DesiredTasks: 4 });
    setNode(swarm, "manager2", { Availability: "active" });
    swarm.settle();
    expect(running(tasksOf(swarm, "agent"))).toHaveLength(5);
  });

  it("publishes ports (PublishedPort from 30000 when not given), gives VIPs and per-task addresses on ingress and the service's networks", () => {
    const swarm = new SimulatedSwarm({ seed: 7, nodes: 3, defaultNetwork: false });
    const { Id: netId } = swarm.createNetwork({ Name: "shop_default", Driver: "overlay", Labels: { "com.docker.stack.namespace": "shop" } });
    swarm.createService(
      spec("web", {
        replicas: 2,
        EndpointSpec: { Mode: "vip", Ports: [{ Protocol: "tcp", TargetPort: 80, PublishedPort: 8080 }] },
        TaskTemplate: { Networks: [{ Target: "shop_default" }] },
      }),
    );
    swarm.createService(spec("api", { EndpointSpec: { Ports: [{ TargetPort: 3000 }] } }));
    swarm.settle();
    const web = serviceNamed(swarm, "web");
    expect(web.Spec.TaskTemplate.Networks).toEqual([{ Target: netId }]); // names resolved to IDs, as the daemon does
    expect(web.Endpoint?.Ports).toEqual([{ Protocol: "tcp", TargetPort: 80, PublishedPort: 8080, PublishMode: "ingress" }]);
    const ingress = swarm.network("ingress")!;
    expect(web.Endpoint?.VirtualIPs).toEqual([
      { NetworkID: ingress.Id, Addr: "10.0.0.2/24" },
      { NetworkID: netId, Addr: "10.0.1.2/24" },
    ]);
    expect(serviceNamed(swarm, "api").Endpoint?.Ports).toEqual([{ Protocol: "tcp", TargetPort: 3000, PublishedPort: 30000, PublishMode: "ingress" }]);
    const t = running(tasksOf(swarm, "web"))[0];
    expect(t.NetworksAttachments?.map((a) => [a.Network.Spec?.Name, a.Addresses?.[0]])).toEqual([
      ["ingress", expect.stringMatching(/^10\.0\.0\.\d+\/24$/)],
      ["shop_default", expect.stringMatching(/^10\.0\.1\.\d+\/24$/)],
    ]);
    expect(swarm.network("shop_default")).toMatchObject({
      Driver: "overlay",
      Scope: "swarm",
      IPAM: { Config: [{ Subnet: "10.0.1.0/24", Gateway: "10.0.1.1" }] },
      Labels: { "com.docker.stack.namespace": "shop" },
    });
    expect(() => swarm.createService(spec("clash", { EndpointSpec: { Ports: [{ TargetPort: 80, PublishedPort: 8080 }] } }))).toThrow(
      expect.objectContaining({ status: 400, message: `rpc error: code = InvalidArgument desc = port '8080' is already in use by service 'web' (${web.ID}) as an ingress port` }),
    );
    const addresses = swarm
      .tasks()
      .filter(wanted)
      .flatMap((x) => x.NetworksAttachments?.flatMap((a) => a.Addresses ?? []) ?? []);
    expect(new Set(addresses).size).toBe(addresses.length);
  });

  it("resolves refs like the engine: ID, then name (hostname), then a unique ID prefix", () => {
    const swarm = new SimulatedSwarm({ seed: 8, nodes: 3, defaultNetwork: false });
    const { ID } = swarm.createService(spec("web"));
    expect(swarm.service(ID)?.Spec.Name).toBe("web");
    expect(swarm.service("web")?.ID).toBe(ID);
    expect(swarm.service(ID.slice(0, 6))?.ID).toBe(ID);
    expect(swarm.service("nope")).toBeNull();
    const m1 = nodeNamed(swarm, "manager1");
    expect(swarm.node(m1.ID.slice(0, 5))?.ID).toBe(m1.ID);
    expect(() => swarm.removeService("nope")).toThrow(expect.objectContaining({ status: 404, message: "service nope not found" }));
    expect(() => swarm.updateNode("xyz", 1, m1.Spec)).toThrow(expect.objectContaining({ status: 404, message: "node xyz not found" }));
    expect(() => swarm.createService(spec("web"))).toThrow(
      expect.objectContaining({ status: 409, message: "rpc error: code = AlreadyExists desc = name conflicts with an existing object: service web already exists" }),
    );
  });
});
