// The one engine poller: full sync, the /events stream, adaptive /tasks polling, periodic resync, reconnects.
import type { EngineEvent } from "../../lib/engine-types";
import type { Change, EngineLink, EngineLinkState, ManagerSwitch } from "../../lib/model-types";
import type { ModelInput } from "../model/model";
import { type EngineReads, toEngineError } from "./client";
import { describeFailure, type LinkProblem, ProblemError, problemFromInfo } from "./problems";

/** Where the watcher delivers what it read, and learns whether the swarm is still moving. */
export interface WatcherSink {
  apply(input: ModelInput): Change[];
  converging(): string | null;
  /** Hears each engine event as it arrives (before the reads it triggers). */
  event?(event: EngineEvent): void;
}

export interface WatcherTiming {
  /** Task poll interval while converging, after an event or after an action. */
  fastMs: number;
  /** Task poll interval when all is quiet. */
  slowMs: number;
  /** Full resync interval, to correct any drift. */
  resyncMs: number;
  /** Pause between reconnect attempts. */
  retryMs: number;
  /** How long fast polling lasts after an event or nudge. */
  settleMs: number;
  /** Converging but nothing changed for this long (e.g. "no suitable node"): back to slow polling. */
  stuckMs: number;
  /** After losing a live engine, how long to say "reconnecting" before "unreachable". */
  reconnectingMs: number;
}

export const DEFAULT_TIMING: WatcherTiming = {
  fastMs: 100,
  slowMs: 2000,
  resyncMs: 30_000,
  retryMs: 1000,
  settleMs: 3000,
  stuckMs: 15_000,
  reconnectingMs: 30_000,
};

class StreamLost extends Error {}

/** Where the watcher gets its engine: one address, or the managers of SWARMSCOPE_MANAGERS (managers.ts). */
export interface EngineSource {
  connect(): Promise<EngineReads>;
  /** The address in use (or tried next). */
  host(): string;
  /** The last switch to another manager, while on it. */
  failover?(): ManagerSwitch | null;
  /** The session went live on host(). */
  live?(): void;
  /** The session failed, and why. */
  failed?(problem: LinkProblem): void;
}

import { connectingLink } from "../model/engine-link";

export { connectingLink };

export class Watcher {
  private readonly timing: WatcherTiming;
  private client: EngineReads | null = null;
  private closeEvents: (() => void) | null = null;
  private seq = 0;
  private stopped = false;
  private running: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private lost: Error | null = null;
  private dirtyNodes = new Set<string>();
  private dirtyServices = false;
  private dirtyNetworks = false;
  /** The engine has no swarm events: an action that changed the swarm's spec says so, and the next round reads it. */
  private dirtySwarm = false;
  /** Secret and config events: re-list that kind with the next round. */
  private dirtyData = new Set<"secrets" | "configs">();
  private fastUntil = 0;
  private lastChangeAt = 0;
  private lastResyncAt = 0;
  private lastTasksAt = 0;
  private everLive = false;
  private lostAt = 0;
  private link: EngineLink;

  private readonly source: EngineSource;

  constructor(
    source: EngineSource | (() => Promise<EngineReads>),
    private readonly sink: WatcherSink,
    host: string,
    timing: Partial<WatcherTiming> = {},
  ) {
    this.source = typeof source === "function" ? { connect: source, host: () => host } : source;
    this.timing = { ...DEFAULT_TIMING, ...timing };
    this.link = connectingLink(host);
  }

  /** A write was refused for want of access (EngineError.accessRefused): say so once; it holds until another engine is watched. */
  writeRefused(message: string): boolean {
    if (this.link.readOnly) return false;
    this.setLink(this.link.state, { readOnly: message });
    return true;
  }

  get engineLink(): EngineLink {
    return this.link;
  }

  start(): void {
    if (!this.running) this.running = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.closeEvents?.();
    this.wakeUp();
    await this.running;
  }

  /** Something is about to change (an action, an event): poll fast for a while. */
  nudge(): void {
    this.fastUntil = Date.now() + this.timing.settleMs;
    this.wakeUp();
  }

  /** The swarm object itself changed (autolock, rotation): read it in the next round instead of at the next resync. */
  swarmChanged(): void {
    this.dirtySwarm = true;
    this.nudge();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => {
          this.wake = null;
          resolve();
        },
        Math.max(0, ms),
      );
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private setLink(state: EngineLinkState, patch: Partial<EngineLink> = {}): void {
    const next: EngineLink = { ...this.link, ...patch, state };
    if (state !== this.link.state) next.since = new Date().toISOString();
    this.link = next;
    this.sink.apply({ type: "engine", link: next });
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.session();
      } catch (err) {
        if (this.stopped) break;
        this.reportFailure(err);
      }
      this.closeEvents?.();
      this.closeEvents = null;
      this.client = null;
      if (!this.stopped) await this.sleep(this.timing.retryMs);
    }
  }

  private reportFailure(err: unknown): void {
    const problem: LinkProblem = err instanceof ProblemError ? err.problem : describeFailure(toEngineError(err), this.source.host());
    this.source.failed?.(problem);
    if (this.link.state === "live") this.lostAt = Date.now();
    const stillReconnecting = this.everLive && problem.state === "unreachable" && Date.now() - this.lostAt < this.timing.reconnectingMs;
    this.setLink(stillReconnecting ? "reconnecting" : problem.state, { message: problem.message, hint: problem.hint });
  }

  /** One connection's life: connect, check it is a manager, subscribe, sync, then poll until something fails. */
  private async session(): Promise<void> {
    const client = await this.source.connect();
    this.client = client;
    const host = this.source.host();
    const problem = problemFromInfo(await client.info(), host);
    if (problem) throw new ProblemError(problem);
    this.lost = null;
    this.closeEvents = await client.events(
      (e) => this.onEvent(e),
      (err) => {
        this.lost = new StreamLost(err ? `event stream failed: ${err.message}` : "event stream closed by the engine");
        this.wakeUp();
      },
    );
    await this.fullSync(client);
    this.everLive = true;
    this.source.live?.();
    this.setLink("live", {
      host,
      failover: this.source.failover?.() ?? null,
      // A refusal was this engine's (or its proxy's): another engine may take writes.
      readOnly: this.link.host === host ? this.link.readOnly : null,
      message: null,
      hint: null,
      apiVersion: client.apiVersion,
      engineVersion: client.engineVersion,
      simulated: client.simulated,
      lastSyncAt: new Date().toISOString(),
    });
    this.fastUntil = Date.now() + this.timing.settleMs;
    while (!this.stopped) {
      if (this.lost) throw this.lost;
      const now = Date.now();
      if (now - this.lastResyncAt >= this.timing.resyncMs) {
        await this.fullSync(client);
        this.setLink("live", { lastSyncAt: new Date().toISOString() });
        continue;
      }
      const pending = this.dirtyNodes.size > 0 || this.dirtyServices || this.dirtyNetworks || this.dirtySwarm || this.dirtyData.size > 0;
      const due = pending ? now : this.lastTasksAt + (this.fast(now) ? this.timing.fastMs : this.timing.slowMs);
      if (due > now) {
        await this.sleep(Math.min(due, this.lastResyncAt + this.timing.resyncMs) - now);
        continue;
      }
      await this.round(client);
    }
  }

  private fast(now: number): boolean {
    if (now < this.fastUntil) return true;
    return this.sink.converging() !== null && now - this.lastChangeAt < this.timing.stuckMs;
  }

  private onEvent(e: EngineEvent): void {
    this.sink.event?.(e);
    if (e.Type === "node" && e.Actor?.ID) this.dirtyNodes.add(e.Actor.ID);
    else if (e.Type === "service") this.dirtyServices = true;
    else if (e.Type === "network") this.dirtyNetworks = true;
    else if (e.Type === "secret") this.dirtyData.add("secrets");
    else if (e.Type === "config") this.dirtyData.add("configs");
    this.nudge();
  }

  private apply(input: ModelInput): void {
    if (this.sink.apply(input).length > 0) this.lastChangeAt = Date.now();
  }

  /** Every read is numbered when it starts, so the model can drop an answer that a newer one overtook. */
  private read<T>(fn: () => Promise<T>): { seq: number; result: Promise<T> } {
    const seq = ++this.seq;
    return { seq, result: fn() };
  }

  private async fullSync(client: EngineReads): Promise<void> {
    this.dirtyNodes.clear();
    this.dirtyServices = false;
    this.dirtyNetworks = false;
    this.dirtySwarm = false;
    this.dirtyData.clear();
    const swarm = this.read(() => client.swarm());
    const nodes = this.read(() => client.nodes());
    const services = this.read(() => client.services());
    const networks = this.read(() => client.networks());
    const tasks = this.read(() => client.tasks());
    const secrets = this.read(() => client.secrets());
    const configs = this.read(() => client.configs());
    const [sw, no, se, ne, ta, sc, co] = await Promise.all([swarm.result, nodes.result, services.result, networks.result, tasks.result, secrets.result, configs.result]);
    this.apply({ type: "swarm", seq: swarm.seq, swarm: sw });
    this.apply({ type: "list", kind: "nodes", seq: nodes.seq, items: no });
    this.apply({ type: "list", kind: "networks", seq: networks.seq, items: ne });
    this.apply({ type: "list", kind: "secrets", seq: secrets.seq, items: sc });
    this.apply({ type: "list", kind: "configs", seq: configs.seq, items: co });
    this.apply({ type: "list", kind: "services", seq: services.seq, items: se });
    this.apply({ type: "list", kind: "tasks", seq: tasks.seq, items: ta });
    const now = Date.now();
    this.lastResyncAt = now;
    this.lastTasksAt = now;
  }

  /** One poll: whatever events marked dirty, plus tasks (and service counts while things move). */
  private async round(client: EngineReads): Promise<void> {
    const fast = this.fast(Date.now());
    const nodeIds = [...this.dirtyNodes];
    this.dirtyNodes.clear();
    const wantServices = this.dirtyServices || fast;
    const wantNetworks = this.dirtyNetworks;
    this.dirtyServices = false;
    this.dirtyNetworks = false;
    const wantSecrets = this.dirtyData.has("secrets");
    const wantConfigs = this.dirtyData.has("configs");
    this.dirtyData.clear();
    const swarm = this.dirtySwarm ? this.read(() => client.swarm()) : null;
    this.dirtySwarm = false;
    this.lastTasksAt = Date.now();
    const nodes = nodeIds.map((id) => ({ id, ...this.read(() => client.node(id)) }));
    const networks = wantNetworks ? this.read(() => client.networks()) : null;
    const services = wantServices ? this.read(() => client.services()) : null;
    const secrets = wantSecrets ? this.read(() => client.secrets()) : null;
    const configs = wantConfigs ? this.read(() => client.configs()) : null;
    const tasks = this.read(() => client.tasks());
    const [swarmItem, nodeItems, networkItems, serviceItems, taskItems, secretItems, configItems] = await Promise.all([
      swarm?.result,
      Promise.all(nodes.map((n) => n.result)),
      networks?.result,
      services?.result,
      tasks.result,
      secrets?.result,
      configs?.result,
    ]);
    if (swarm && swarmItem) this.apply({ type: "swarm", seq: swarm.seq, swarm: swarmItem });
    nodes.forEach((n, i) => this.apply({ type: "object", kind: "nodes", seq: n.seq, id: n.id, item: nodeItems[i] }));
    if (networks && networkItems) this.apply({ type: "list", kind: "networks", seq: networks.seq, items: networkItems });
    if (secrets && secretItems) this.apply({ type: "list", kind: "secrets", seq: secrets.seq, items: secretItems });
    if (configs && configItems) this.apply({ type: "list", kind: "configs", seq: configs.seq, items: configItems });
    if (services && serviceItems) this.apply({ type: "list", kind: "services", seq: services.seq, items: serviceItems });
    this.apply({ type: "list", kind: "tasks", seq: tasks.seq, items: taskItems });
  }
}
