// The demo engine: a SimulatedSwarm on the wall clock, served as the Engine API on a unix socket and/or a 127.0.0.1 TCP port.
import fs from "node:fs";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import type { EngineNode } from "../../lib/engine-types";
import type { SimulatedSwarm } from "../engine/simulated/swarm";
import type { DemoContext } from "./api/call";
import { handleRequest } from "./api/router";
import { EventLog } from "./event-log";

export interface DemoListen {
  /** A unix socket path (made 0600, like the daemon's socket without a docker group). */
  socketPath?: string;
  /** A TCP port on 127.0.0.1 (0 picks a free one). */
  port?: number;
}

/** How often the swarm is run up to the wall clock between requests, so events and task steps arrive live (a tenth of a second). */
const TICK_MS = 100;

export class DemoEngine {
  readonly events: EventLog;
  private readonly servers: http.Server[] = [];
  private readonly ticker: NodeJS.Timeout;
  private readonly selfId: string;
  private readonly unsubscribe: () => void;
  /** DOCKER_HOST values this engine answers on, unix first. */
  readonly hosts: string[] = [];

  private constructor(
    readonly sim: SimulatedSwarm,
    heard?: EventLog,
  ) {
    // An EventLog that heard the swarm being built is already subscribed; otherwise history starts now.
    this.events = heard ?? new EventLog();
    this.unsubscribe = heard ? () => undefined : sim.onEvent((e) => this.events.add(e, sim.now));
    this.selfId = (sim.nodes().find((n) => n.Spec.Role === "manager") ?? sim.nodes()[0]).ID;
    this.ticker = setInterval(() => this.now(), TICK_MS);
    this.ticker.unref();
  }

  /** The swarm's time after running it up to the wall clock (it never goes back: a swarm built ahead of the clock waits). */
  now(): number {
    const wall = Date.now();
    if (wall > this.sim.now) this.sim.advanceTo(wall);
    return this.sim.now;
  }

  private context(): DemoContext {
    return {
      sim: this.sim,
      events: this.events,
      now: () => this.now(),
      self: (): EngineNode => this.sim.node(this.selfId) ?? this.sim.nodes()[0],
    };
  }

  /** Serves `sim`; `heard` is the EventLog that listened while it was built (see demoSwarm's onEvent). */
  static async start(sim: SimulatedSwarm, listen: DemoListen, heard?: EventLog): Promise<DemoEngine> {
    const engine = new DemoEngine(sim, heard);
    try {
      if (listen.socketPath) await engine.listenUnix(listen.socketPath);
      if (listen.port !== undefined) await engine.listenTcp(listen.port);
    } catch (err) {
      await engine.close();
      throw err;
    }
    return engine;
  }

  /** The DOCKER_HOST to give the docker CLI and Swarmscope. */
  get dockerHost(): string {
    return this.hosts[0];
  }

  private server(): http.Server {
    const ctx = this.context();
    const server = http.createServer((req, res) => void handleRequest(ctx, req, res));
    server.keepAliveTimeout = 60_000;
    this.servers.push(server);
    return server;
  }

  private async listenUnix(socketPath: string): Promise<void> {
    await removeStaleSocket(socketPath);
    const server = this.server();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(socketPath, () => resolve());
    });
    fs.chmodSync(socketPath, 0o600);
    this.hosts.push(`unix://${socketPath}`);
  }

  private async listenTcp(port: number): Promise<void> {
    const server = this.server();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.hosts.push(`tcp://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }

  async close(): Promise<void> {
    clearInterval(this.ticker);
    this.unsubscribe();
    await Promise.all(
      this.servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.close(() => resolve());
            s.closeAllConnections();
          }),
      ),
    );
    for (const h of this.hosts) if (h.startsWith("unix://")) fs.rmSync(h.slice("unix://".length), { force: true });
  }
}

/** A socket file left by a demo that was killed is removed; a live one, or anything that is not a socket, is refused. */
async function removeStaleSocket(socketPath: string): Promise<void> {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(socketPath);
  } catch {
    return;
  }
  if (!st.isSocket()) throw new Error(`${socketPath} exists and is not a socket; the demo engine will not replace it`);
  const alive = await new Promise<boolean>((resolve) => {
    const probe = net.connect(socketPath);
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
  if (alive) throw new Error(`something already answers on ${socketPath} (another demo engine?)`);
  fs.rmSync(socketPath);
}
