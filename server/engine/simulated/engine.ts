// An in-process stand-in for the Engine API over a SimulatedSwarm: the reads the watcher makes and the cheap writes (service create/update/remove, node update).
import type { EngineEvent, EngineInfo, EngineNodeSpec, EngineServiceSpec } from "../../../lib/engine-types";
import type { EngineError, EngineReads, EngineWrites } from "../client";
import type { SimulatedSwarm } from "./swarm";

export interface SimulatedEngineOptions {
  /** The time the swarm follows: every call first runs the swarm up to clock(). Without one, time moves only by swarm.advance(). */
  clock?: () => number;
  /** Answers go through JSON.stringify/JSON.parse, as they would over HTTP (costs what parsing a real engine's answer costs). */
  wire?: boolean;
}

/** A clock that starts at the swarm's current time and runs `speed` times as fast as the wall clock. */
export function wallClock(swarm: SimulatedSwarm, speed = 1): () => number {
  const base = swarm.now;
  const t0 = performance.now();
  return () => base + (performance.now() - t0) * speed;
}

type Writes = Pick<EngineWrites, "createService" | "updateService" | "removeService" | "updateNode">;

export class SimulatedEngine implements EngineReads, Writes {
  readonly apiVersion = "1.41";
  readonly engineVersion = "20.10.24";
  readonly simulated = true;
  /** Calls answered, by method name (tasks = GET /tasks), as the request counter of the real client. */
  readonly calls: Record<string, number> = {};
  private readonly streams = new Set<{ close: () => void; onEnd: (err: EngineError | null) => void }>();

  constructor(
    readonly sim: SimulatedSwarm,
    private readonly o: SimulatedEngineOptions = {},
  ) {}

  private call(name: string): void {
    this.calls[name] = (this.calls[name] ?? 0) + 1;
    if (this.o.clock) this.sim.advanceTo(this.o.clock());
  }

  private answer<T>(value: T): Promise<T> {
    if (this.o.wire) return Promise.resolve(JSON.parse(JSON.stringify(value)) as T);
    return Promise.resolve(Array.isArray(value) ? (value.slice() as T) : value);
  }

  async info(): Promise<EngineInfo> {
    this.call("info");
    const leader = this.sim.leader();
    const nodes = this.sim.nodes();
    return this.answer({
      ID: `SIM:${leader.ID}`,
      Name: leader.Description?.Hostname,
      ServerVersion: this.engineVersion,
      Swarm: {
        NodeID: leader.ID,
        NodeAddr: leader.Status.Addr,
        LocalNodeState: "active",
        ControlAvailable: true,
        Nodes: nodes.length,
        Managers: nodes.filter((n) => n.Spec.Role === "manager").length,
        Cluster: { ID: this.sim.swarm().ID },
      },
    });
  }
  async swarm() {
    this.call("swarm");
    return this.answer(this.sim.swarm());
  }
  async nodes() {
    this.call("nodes");
    return this.answer(this.sim.nodes());
  }
  async node(id: string) {
    this.call("node");
    return this.answer(this.sim.node(id));
  }
  async services() {
    this.call("services");
    return this.answer(this.sim.services());
  }
  async service(id: string) {
    this.call("service");
    return this.answer(this.sim.service(id));
  }
  async tasks() {
    this.call("tasks");
    return this.answer(this.sim.tasks());
  }
  async networks() {
    this.call("networks");
    return this.answer(this.sim.networks());
  }
  async secrets() {
    this.call("secrets");
    return this.answer(this.sim.secrets());
  }
  async configs() {
    this.call("configs");
    return this.answer(this.sim.configs().map(({ Spec: { Data: _data, ...spec }, ...c }) => ({ ...c, Spec: spec })));
  }

  /** Node and service events, delivered asynchronously as over the stream; no task events (like the real engine). */
  async events(onEvent: (e: EngineEvent) => void, onEnd: (err: EngineError | null) => void): Promise<() => void> {
    this.call("events");
    let open = true;
    const unsubscribe = this.sim.onEvent((e) => setImmediate(() => open && onEvent(e)));
    const stream = {
      close: () => {
        open = false;
        unsubscribe();
        this.streams.delete(stream);
      },
      onEnd,
    };
    this.streams.add(stream);
    return stream.close;
  }

  /** Ends every open event stream, as a daemon restart would (the watcher reconnects and resyncs). */
  dropEventStreams(err: EngineError | null = null): void {
    for (const stream of [...this.streams]) {
      stream.close();
      stream.onEnd(err);
    }
  }

  async createService(spec: EngineServiceSpec) {
    this.call("createService");
    return this.sim.createService(structuredClone(spec));
  }
  async updateService(id: string, version: number, spec: EngineServiceSpec, opts: { rollback?: "previous" } = {}) {
    this.call("updateService");
    this.sim.updateService(id, version, structuredClone(spec), opts);
    return { Warnings: null };
  }
  async removeService(id: string) {
    this.call("removeService");
    this.sim.removeService(id);
  }
  async updateNode(id: string, version: number, spec: EngineNodeSpec) {
    this.call("updateNode");
    this.sim.updateNode(id, version, structuredClone(spec));
  }
}
