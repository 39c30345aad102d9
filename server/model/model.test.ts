// Unit tests of the pure model: inputs in, the right changes out, and nothing harmful from late or repeated input.
import { describe, expect, it } from "vitest";
import { engineNetwork, engineNode, engineService, engineSwarm, engineTask, link } from "../../test/fixtures/engine";
import { applyChanges } from "../../lib/apply-changes";
import { initialModel, type ModelInput, type ModelState, reduce } from "./model";

function run(inputs: ModelInput[], start: ModelState = initialModel(link("connecting"))) {
  let state = start;
  const all = [];
  for (const input of inputs) {
    const r = reduce(state, input);
    state = r.state;
    all.push(r.changes);
  }
  return { state, changes: all };
}

describe("model: full lists", () => {
  it("adds every listed object once and reports each as an upsert", () => {
    const { state, changes } = run([{ type: "list", kind: "nodes", seq: 1, items: [engineNode("n1", { role: "manager", leader: true }), engineNode("n2")] }]);
    expect(Object.keys(state.view.nodes).sort()).toEqual(["n1", "n2"]);
    expect(changes[0].map((c) => [c.kind, c.op])).toEqual([
      ["nodes", "upsert"],
      ["nodes", "upsert"],
    ]);
    expect(state.view.nodes.n1.manager).toEqual({ leader: true, reachability: "reachable", addr: "10.213.0.11:2377" });
    expect(state.view.nodes.n2.manager).toBeNull();
  });

  it("reports nothing when the same list comes again", () => {
    const list: ModelInput = { type: "list", kind: "tasks", seq: 1, items: [engineTask("t1"), engineTask("t2", { slot: 2 })] };
    const { changes } = run([list, { ...list, seq: 2 }]);
    expect(changes[1]).toEqual([]);
  });

  it("reports only the object that changed", () => {
    const { changes, state } = run([
      { type: "list", kind: "tasks", seq: 1, items: [engineTask("t1"), engineTask("t2", { slot: 2, state: "starting" })] },
      { type: "list", kind: "tasks", seq: 2, items: [engineTask("t1"), engineTask("t2", { slot: 2, version: 2, state: "running" })] },
    ]);
    expect(changes[1]).toHaveLength(1);
    expect(changes[1][0]).toMatchObject({ kind: "tasks", op: "upsert", id: "t2" });
    expect(state.view.tasks.t2.state).toBe("running");
  });

  it("removes objects missing from a newer list (resync removes ghosts)", () => {
    const { changes, state } = run([
      { type: "list", kind: "services", seq: 1, items: [engineService("s1"), engineService("ghost")] },
      { type: "list", kind: "services", seq: 2, items: [engineService("s1")] },
    ]);
    expect(changes[1]).toEqual([{ kind: "services", op: "remove", id: "ghost" }]);
    expect(state.view.services.ghost).toBeUndefined();
  });
});

describe("model: out-of-order input is harmless", () => {
  it("ignores an older read of an object a newer read already reported", () => {
    const { state, changes } = run([
      { type: "object", kind: "nodes", seq: 5, id: "n1", item: engineNode("n1", { version: 9, availability: "drain" }) },
      { type: "list", kind: "nodes", seq: 3, items: [engineNode("n1", { version: 7, availability: "active" })] },
    ]);
    expect(state.view.nodes.n1.availability).toBe("drain");
    expect(changes[1]).toEqual([]);
  });

  it("ignores a lower object version even from a newer read", () => {
    const { state } = run([
      { type: "list", kind: "tasks", seq: 1, items: [engineTask("t1", { version: 10, state: "running" })] },
      { type: "list", kind: "tasks", seq: 2, items: [engineTask("t1", { version: 8, state: "starting" })] },
    ]);
    expect(state.view.tasks.t1.state).toBe("running");
  });

  it("does not remove an object that appeared after an older list was read", () => {
    const { state } = run([
      { type: "list", kind: "services", seq: 1, items: [] },
      { type: "object", kind: "services", seq: 4, id: "new", item: engineService("new") },
      { type: "list", kind: "services", seq: 3, items: [] },
    ]);
    expect(state.view.services.new).toBeDefined();
  });

  it("does not bring back an object removed by a newer read", () => {
    const { state } = run([
      { type: "list", kind: "nodes", seq: 1, items: [engineNode("n1"), engineNode("n2")] },
      { type: "object", kind: "nodes", seq: 6, id: "n2", item: null },
      { type: "list", kind: "nodes", seq: 5, items: [engineNode("n1"), engineNode("n2")] },
    ]);
    expect(state.view.nodes.n2).toBeUndefined();
  });

  it("lets a newer list bring back an object that was removed earlier", () => {
    const { state } = run([
      { type: "list", kind: "networks", seq: 1, items: [engineNetwork("a")] },
      { type: "object", kind: "networks", seq: 2, id: "a", item: null },
      { type: "list", kind: "networks", seq: 3, items: [engineNetwork("a")] },
    ]);
    expect(state.view.networks.a).toBeDefined();
    expect(state.gone.networks.a).toBeUndefined();
  });

  it("is unchanged by the same input applied twice", () => {
    const input: ModelInput = { type: "object", kind: "nodes", seq: 2, id: "n1", item: engineNode("n1") };
    const once = run([input]).state;
    const twice = run([input, input]).state;
    expect(twice.view).toEqual(once.view);
  });
});

describe("model: services, swarm and engine link", () => {
  it("keeps running/desired counts when a single-service read carries none", () => {
    const { state } = run([
      { type: "list", kind: "services", seq: 1, items: [engineService("s1", { replicas: 3, running: 3 })] },
      { type: "object", kind: "services", seq: 2, id: "s1", item: engineService("s1", { version: 2, replicas: 5 }) },
    ]);
    expect(state.view.services.s1).toMatchObject({ replicas: 5, running: 3, desired: 3 });
  });

  it("names a task by its service, also before the service is read and after it is removed", () => {
    const { state, changes } = run([
      { type: "list", kind: "tasks", seq: 1, items: [engineTask("t1", { service: "s1" }), engineTask("t2", { service: "s2" })] },
      { type: "list", kind: "services", seq: 2, items: [engineService("s1", { name: "web" })] },
      { type: "list", kind: "services", seq: 3, items: [] },
      {
        type: "list",
        kind: "tasks",
        seq: 4,
        items: [engineTask("t1", { service: "s1", version: 2, state: "shutdown", desired: "shutdown" }), engineTask("t2", { service: "s2" })],
      },
    ]);
    // The service list that brought s1 also named its waiting task, in the same batch; t2's service was never seen.
    expect(changes[1].map((c) => [c.kind, c.op, "id" in c ? c.id : ""])).toEqual([
      ["services", "upsert", "s1"],
      ["tasks", "upsert", "t1"],
    ]);
    expect(state.view.services.s1).toBeUndefined();
    expect(state.view.tasks.t1).toMatchObject({ serviceName: "web", state: "shutdown" });
    expect(state.view.tasks.t2.serviceName).toBeNull();
  });

  it("reads the stack namespace label and strips image digests", () => {
    const { state } = run([{ type: "list", kind: "services", seq: 1, items: [engineService("s1", { stack: "shop" })] }]);
    expect(state.view.services.s1.stack).toBe("shop");
    expect(state.view.services.s1.image).toBe("lab/busybox:1");
  });

  it("counts managers and workers from the node list", () => {
    const { state, changes } = run([
      { type: "swarm", seq: 1, swarm: engineSwarm() },
      { type: "list", kind: "nodes", seq: 2, items: [engineNode("m1", { role: "manager" }), engineNode("w1"), engineNode("w2")] },
    ]);
    expect(state.view.swarm).toMatchObject({ id: "swarm1", managers: 1, workers: 2, taskHistoryLimit: 5 });
    expect(changes[1].at(-1)).toMatchObject({ kind: "swarm", op: "upsert" });
  });

  it("emits an engine change only when the link changes", () => {
    const start = initialModel(link("connecting"));
    const a = reduce(start, { type: "engine", link: link("live") });
    const b = reduce(a.state, { type: "engine", link: link("live") });
    expect(a.changes).toHaveLength(1);
    expect(b.changes).toEqual([]);
  });

  it("produces changes that rebuild the same state when applied to the old one", () => {
    const first = run([{ type: "list", kind: "tasks", seq: 1, items: [engineTask("t1"), engineTask("t2", { slot: 2 })] }]).state;
    const r = reduce(first, {
      type: "list",
      kind: "tasks",
      seq: 2,
      items: [engineTask("t2", { slot: 2, version: 2, state: "shutdown", desired: "shutdown" }), engineTask("t3", { slot: 3 })],
    });
    expect(applyChanges(first.view, r.changes)).toEqual(r.state.view);
  });
});
