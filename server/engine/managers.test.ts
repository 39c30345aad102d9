// Unit tests of manager failover: the order managers are tried in, what makes one unusable, the switch the watcher reports, one watcher at a time.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { engineTask } from "../../test/fixtures/engine";
import { FakeEngine } from "../../test/fixtures/fake-engine";
import { Hub } from "../hub/hub";
import { EngineError, type EngineReads, toEngineError } from "./client";
import { type Endpoint, managersFromEnv } from "./connection";
import { Managers } from "./managers";
import { ProblemError } from "./problems";
import { connectingLink, Watcher } from "./watcher";

const refused = () => new EngineError("connect ECONNREFUSED", null, "ECONNREFUSED");
const ep = (name: string): Endpoint => ({ kind: "unix", socketPath: `/run/${name}.sock`, label: `unix:///run/${name}.sock` });

/** Fake managers by name, each a FakeEngine whose node name is its own; `open` fails for a dead one like a refused socket. */
function lab(...names: string[]) {
  const engines = new Map(
    names.map((n) => {
      const e = new FakeEngine();
      e.info_ = { Name: n, Swarm: { LocalNodeState: "active", ControlAvailable: true } };
      return [ep(n).label, e] as const;
    }),
  );
  const opened: string[] = [];
  const open = async (endpoint: Endpoint): Promise<EngineReads> => {
    opened.push(endpoint.label);
    const engine = engines.get(endpoint.label)!;
    if (engine.down) throw engine.down;
    return engine;
  };
  const engine = (n: string) => engines.get(ep(n).label)!;
  return { engines, engine, opened, managers: new Managers(names.map(ep), open) };
}

describe("managersFromEnv", () => {
  it("reads SWARMSCOPE_MANAGERS in order, with DOCKER_HOST's TLS settings for each, and drops repeats", () => {
    const list = managersFromEnv({ SWARMSCOPE_MANAGERS: " tcp://m1:2376, unix:///run/m2.sock ,tcp://m1:2376", DOCKER_TLS_VERIFY: "1", DOCKER_CERT_PATH: "/certs" });
    expect(list.map((e) => e.label)).toEqual(["tcp://m1:2376", "unix:///run/m2.sock"]);
    expect(list[0]).toMatchObject({ kind: "tcp", tls: { verify: true, certPath: "/certs" } });
  });

  it("is DOCKER_HOST alone without it, and names a bad entry", () => {
    expect(managersFromEnv({ DOCKER_HOST: "unix:///run/lab.sock" }).map((e) => e.label)).toEqual(["unix:///run/lab.sock"]);
    expect(managersFromEnv({ SWARMSCOPE_MANAGERS: " , ", DOCKER_HOST: "tcp://x:2375" }).map((e) => e.label)).toEqual(["tcp://x:2375"]);
    expect(() => managersFromEnv({ SWARMSCOPE_MANAGERS: "unix:///ok.sock,ftp://m2" })).toThrow(/SWARMSCOPE_MANAGERS.*"ftp" is not supported/);
  });
});

describe("Managers", () => {
  it("with one address opens it as it is, without a probe (the watcher explains what is wrong with it)", async () => {
    const { managers, engine } = lab("solo");
    engine("solo").info_ = { Name: "solo", Swarm: { LocalNodeState: "inactive" } };
    await expect(managers.connect()).resolves.toBe(engine("solo"));
    expect(managers.probes).toBe(0);
  });

  it("tries the list in order and takes the first manager that answers", async () => {
    const { managers, engine, opened } = lab("manager3", "manager2", "manager1");
    engine("manager3").down = refused();
    await expect(managers.connect()).resolves.toBe(engine("manager2"));
    expect(opened).toEqual([ep("manager3").label, ep("manager2").label]);
    expect(managers.current.label).toBe(ep("manager2").label);
    expect(managers.switches).toBe(0); // nothing was in use yet: choosing is not switching
  });

  it("passes over a locked manager, a worker and a manager without quorum", async () => {
    const { managers, engine } = lab("locked", "worker", "noquorum", "good");
    engine("locked").info_ = { Name: "locked", Swarm: { LocalNodeState: "locked" } };
    engine("worker").info_ = { Name: "worker", Swarm: { LocalNodeState: "active", ControlAvailable: false } };
    engine("noquorum").swarmError = new EngineError("rpc error: code = Unknown desc = The swarm does not have a leader.", 503, null);
    await expect(managers.connect()).resolves.toBe(engine("good"));
    expect(managers.probes).toBe(4);
  });

  it("after a failure tries the managers after the one in use first, and records the switch by node name", async () => {
    const { managers, engine, opened } = lab("a", "b", "c");
    engine("a").down = refused();
    await managers.connect(); // b
    managers.live();
    expect(managers.order()).toEqual([2, 0, 1]); // b in use: c, a, then b
    engine("a").down = null;
    engine("b").down = refused();
    managers.failed({ state: "unreachable", message: "Cannot connect to the Docker engine at b", hint: "" });
    opened.length = 0;
    await expect(managers.connect()).resolves.toBe(engine("c"));
    expect(opened).toEqual([ep("c").label]);
    expect(managers.switches).toBe(1);
    expect(managers.lastSwitch).toMatchObject({ from: "b", to: "c", why: "unreachable", reason: "Cannot connect to the Docker engine at b" });
    expect(managers.order()).toEqual([0, 1, 2]); // c never went live: the list's order again
    managers.live();
    expect(managers.order()).toEqual([0, 1, 2]); // c (the last) failing: a, b, then c
  });

  it("stays on the manager it switched to when the old one comes back", async () => {
    const { managers, engine } = lab("manager3", "manager2");
    await managers.connect();
    managers.live();
    engine("manager3").down = refused();
    managers.failed({ state: "unreachable", message: "gone", hint: "" });
    await managers.connect();
    managers.live();
    engine("manager3").down = null; // back
    // Nothing failed on manager2: nobody calls connect, and the one in use stays.
    expect(managers.current.label).toBe(ep("manager2").label);
    expect(managers.switches).toBe(1);
  });

  it("names the quorum loss as the reason for leaving a manager", async () => {
    const { managers, engine } = lab("m1", "m2");
    await managers.connect();
    managers.live();
    managers.failed({ state: "unreachable", message: "The swarm does not have a leader", hint: "" });
    engine("m1").swarmError = new EngineError("The swarm does not have a leader", 503, null);
    await managers.connect();
    expect(managers.lastSwitch).toMatchObject({ from: "m1", to: "m2", why: "without quorum" });
  });

  it("says 'unreachable' with every address tried and why, when none answers", async () => {
    const { managers, engine } = lab("m1", "m2");
    engine("m1").down = refused();
    engine("m2").down = new EngineError("connect ENOENT /run/m2.sock", null, "ENOENT");
    const err = await managers.connect().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProblemError);
    const problem = (err as ProblemError).problem;
    expect(problem.state).toBe("unreachable");
    expect(problem.message).toContain(`${ep("m1").label}: Cannot connect`);
    expect(problem.message).toContain(`${ep("m2").label}: Cannot connect`);
    expect(problem.message).toMatch(/ECONNREFUSED[\s\S]*ENOENT/);
  });

  it("moves on from a manager that does not answer the probe", async () => {
    const hang = new FakeEngine();
    const good = new FakeEngine();
    const managers = new Managers([ep("hang"), ep("good")], async (e) => (e.label === ep("hang").label ? new Promise<EngineReads>(() => {}) : good), 5);
    await expect(managers.connect()).resolves.toBe(good);
    expect(hang.calls.info).toBeUndefined();
  });
});

describe("Watcher on several managers", () => {
  const quick = { fastMs: 5, slowMs: 3_600_000, resyncMs: 3_600_000, retryMs: 5, settleMs: 50, stuckMs: 50, reconnectingMs: 3_600_000 };
  let watcher: Watcher | null = null;
  beforeEach(() => {
    FakeEngine.streams = { open: 0, max: 0 };
  });
  afterEach(async () => {
    await watcher?.stop();
    watcher = null;
  });

  it("switches to the next manager when the one in use dies: live again on it, its tasks only, one event stream at a time", async () => {
    const { managers, engine } = lab("manager3", "manager2");
    engine("manager3").taskList = [engineTask("t1", { node: "n1" }), engineTask("ghost", { node: "n2" })];
    engine("manager2").taskList = [engineTask("t1", { node: "n1" }), engineTask("t2", { node: "n1", slot: 2 })];
    const hub = new Hub(connectingLink(managers.host()));
    watcher = new Watcher(managers, hub, managers.host(), quick);
    watcher.start();
    await vi.waitFor(() => expect(hub.snapshot().state.engine).toMatchObject({ state: "live", host: ep("manager3").label }));
    expect(Object.keys(hub.snapshot().state.tasks).sort()).toEqual(["ghost", "t1"]);

    engine("manager3").down = refused(); // kill -9: the socket refuses, the stream ends
    engine("manager3").endStream!(new EngineError("socket hang up", null, "ECONNRESET"));
    await vi.waitFor(() => expect(hub.snapshot().state.engine).toMatchObject({ state: "live", host: ep("manager2").label }));
    const link = hub.snapshot().state.engine;
    expect(link.failover).toMatchObject({ from: "manager3", to: "manager2", why: "unreachable" });
    expect(Object.keys(hub.snapshot().state.tasks).sort()).toEqual(["t1", "t2"]);
    expect(managers.switches).toBe(1);
    expect(FakeEngine.streams.max).toBe(1);
    expect(FakeEngine.streams.open).toBe(1);

    // manager3 comes back: no switch, no new stream (nothing flaps).
    engine("manager3").down = null;
    const eventsOn2 = engine("manager2").calls.events;
    await new Promise((r) => setTimeout(r, 30));
    expect(managers.switches).toBe(1);
    expect(engine("manager2").calls.events).toBe(eventsOn2);
    expect(hub.snapshot().state.engine.host).toBe(ep("manager2").label);
  });

  it("marks the engine read-only once on a refused write, and forgets it on another manager", async () => {
    const { managers, engine } = lab("m1", "m2");
    const hub = new Hub(connectingLink(managers.host()));
    watcher = new Watcher(managers, hub, managers.host(), quick);
    watcher.start();
    await vi.waitFor(() => expect(hub.snapshot().state.engine.state).toBe("live"));
    const versions = hub.snapshot().version;
    expect(watcher.writeRefused("HTTP 403: Forbidden")).toBe(true);
    expect(watcher.writeRefused("HTTP 403: Forbidden")).toBe(false);
    expect(hub.snapshot().state.engine.readOnly).toBe("HTTP 403: Forbidden");
    expect(hub.snapshot().version).toBe(versions + 1); // said once
    engine("m1").down = refused();
    engine("m1").endStream!(null);
    await vi.waitFor(() => expect(hub.snapshot().state.engine).toMatchObject({ state: "live", host: ep("m2").label }));
    expect(hub.snapshot().state.engine.readOnly).toBeNull();
  });
});

describe("EngineError.accessRefused", () => {
  it("is a 403 whose body is not the engine's JSON, or an authorization refusal — not the engine's own 403 about an object", () => {
    const proxyPage = Buffer.from("<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n");
    const fromProxy = toEngineError(Object.assign(new Error("(HTTP code 403) unexpected - x"), { statusCode: 403, json: proxyPage }));
    expect(fromProxy.accessRefused).toBe(true);
    expect(fromProxy.message).toBe("HTTP 403: 403 Forbidden Request forbidden by administrative rules.");
    const authz = toEngineError({ statusCode: 403, json: { message: "authorization denied by plugin ro-authz: writes are not allowed" } });
    expect(authz.accessRefused).toBe(true);
    const predefined = toEngineError({ statusCode: 403, json: { message: "bridge is a pre-defined network and cannot be removed" } });
    expect(predefined.accessRefused).toBe(false);
    expect(toEngineError({ statusCode: 409, json: Buffer.from("<html>conflict</html>") }).accessRefused).toBe(false);
    expect(toEngineError(refused()).accessRefused).toBe(false);
  });
});
