// Unit tests of the watcher against a fake engine: sync, events, fast polling, reconnect and resync.
import { afterEach, describe, expect, it, vi } from "vitest";
import { engineNode, engineTask } from "../../test/fixtures/engine";
import { FakeEngine } from "../../test/fixtures/fake-engine";
import { Hub } from "../hub/hub";
import { EngineError, type EngineReads } from "./client";
import { connectingLink, Watcher } from "./watcher";

const quiet = { fastMs: 5, slowMs: 3_600_000, resyncMs: 3_600_000, retryMs: 5, settleMs: 200, stuckMs: 200, reconnectingMs: 3_600_000 };
let watcher: Watcher | null = null;
afterEach(async () => {
  await watcher?.stop();
  watcher = null;
});

function setup(connect: () => Promise<EngineReads>, timing = quiet) {
  const hub = new Hub(connectingLink("unix:///fake.sock"));
  watcher = new Watcher(connect, hub, "unix:///fake.sock", timing);
  watcher.start();
  return hub;
}

describe("Watcher", () => {
  it("syncs everything once and goes live", async () => {
    const engine = new FakeEngine();
    const hub = setup(async () => engine);
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    const view = hub.snapshot().state;
    expect(Object.keys(view.nodes).sort()).toEqual(["n1", "n2"]);
    expect(Object.keys(view.tasks)).toEqual(["t1"]);
    expect(view.swarm).toMatchObject({ managers: 1, workers: 1 });
    expect(view.engine).toMatchObject({ apiVersion: "1.41", engineVersion: "20.10.24" });
  });

  it("says the engine is a worker, with a hint, and keeps retrying", async () => {
    const engine = new FakeEngine();
    engine.info_ = { Name: "worker1", Swarm: { LocalNodeState: "active", ControlAvailable: false } };
    const hub = setup(async () => engine);
    await vi.waitFor(() => expect(engine.calls.info).toBeGreaterThanOrEqual(3));
    const link = hub.snapshot().state.engine;
    expect(link.state).toBe("not-manager");
    expect(link.hint).toMatch(/docker node promote worker1/);
    expect(Object.keys(hub.snapshot().state.nodes)).toEqual([]);
  });

  it("says the engine is unreachable, then goes live once it answers", async () => {
    let up = false;
    const engine = new FakeEngine();
    const hub = setup(async () => {
      if (!up) throw new EngineError("connect ENOENT /fake.sock", null, "ENOENT");
      return engine;
    });
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("unreachable"));
    expect(hub.snapshot().state.engine.message).toMatch(/nothing is listening/);
    up = true;
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
  });

  it("polls tasks fast after an event, and reads the node the event named", async () => {
    const engine = new FakeEngine();
    const hub = setup(async () => engine);
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    await vi.waitFor(() => expect(hub.converging()).toBeNull());
    engine.nodeList[1] = engineNode("n2", { version: 2, availability: "drain" });
    engine.taskList = [engineTask("t1", { node: "n1" }), engineTask("t2", { node: "n1", slot: 2, state: "starting" })];
    const before = engine.calls.tasks;
    engine.emit!({ Type: "node", Action: "update", Actor: { ID: "n2", Attributes: { "availability.new": "drain" } } });
    await vi.waitFor(() => expect(hub.snapshot().state.nodes.n2.availability).toBe("drain"));
    await vi.waitFor(() => expect(hub.snapshot().state.tasks.t2?.state).toBe("starting"));
    expect(engine.calls.node).toBeGreaterThanOrEqual(1);
    expect(engine.calls.tasks).toBeGreaterThan(before);
  });

  it("re-lists secrets on a secret event (and configs only on config events)", async () => {
    const engine = new FakeEngine();
    const hub = setup(async () => engine);
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    expect(engine.calls.secrets).toBe(1);
    expect(engine.calls.configs).toBe(1);
    engine.secretList = [{ ID: "x1", Version: { Index: 3 }, CreatedAt: "", UpdatedAt: "", Spec: { Name: "db_password" } }];
    engine.emit!({ Type: "secret", Action: "create", Actor: { ID: "x1", Attributes: { name: "db_password" } } });
    await vi.waitFor(() => expect(hub.snapshot().state.secrets.x1?.name).toBe("db_password"));
    expect(engine.calls.configs).toBe(1);
  });

  it("reads the swarm object in the next round when an action says it changed (the engine sends no swarm events)", async () => {
    const engine = new FakeEngine();
    const hub = setup(async () => engine);
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    expect(engine.calls.swarm).toBe(1);
    await new Promise((r) => setTimeout(r, 30));
    expect(engine.calls.swarm).toBe(1); // fast task polls do not re-read it
    engine.autolock = true;
    watcher!.swarmChanged();
    await vi.waitFor(() => expect(hub.snapshot().state.swarm?.autolock).toBe(true));
    expect(engine.calls.swarm).toBe(2);
  });

  it("does not poll tasks while quiet when the slow interval has not passed", async () => {
    const engine = new FakeEngine();
    const hub = setup(async () => engine, { ...quiet, settleMs: 0, stuckMs: 0 });
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    const after = engine.calls.tasks;
    await new Promise((r) => setTimeout(r, 50));
    expect(engine.calls.tasks).toBe(after);
  });

  it("reconnects when the event stream ends, and the resync removes ghosts", async () => {
    const engine = new FakeEngine();
    const hub = setup(async () => engine);
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    const syncs = engine.calls.nodes;
    engine.nodeList = [engine.nodeList[0]];
    engine.taskList = [];
    engine.endStream!(null);
    await vi.waitFor(() => expect(engine.calls.nodes).toBeGreaterThan(syncs));
    await vi.waitFor(() => expect(hub.snapshot().state.nodes.n2).toBeUndefined());
    expect(hub.snapshot().state.tasks).toEqual({});
    expect(engine.calls.events).toBe(2);
    expect(hub.snapshot().state.engine.state).toBe("live");
  });

  it("reports reconnecting, not unreachable, right after losing a live engine", async () => {
    const engine = new FakeEngine();
    let down = false;
    const hub = setup(async () => {
      if (down) throw new EngineError("connect ECONNREFUSED", null, "ECONNREFUSED");
      return engine;
    });
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    down = true;
    engine.endStream!(new EngineError("socket hang up", null, "ECONNRESET"));
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("reconnecting"));
    expect(Object.keys(hub.snapshot().state.nodes)).toHaveLength(2); // the last known state stays, marked by the link
  });
});
