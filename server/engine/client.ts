// The only code that talks to Docker: typed Engine API reads over dockerode, counted for the benchmarks.
import Docker from "dockerode";
import type { Readable } from "node:stream";
import type {
  EngineEvent,
  EngineInfo,
  EngineContainer,
  EngineContainerSummary,
  EngineConfig,
  EngineSecret,
  EngineSecretSpec,
  EngineNetwork,
  EngineNetworkCreate,
  EngineNode,
  EngineNodeSpec,
  EngineService,
  EngineServiceSpec,
  EngineSwarm,
  EngineTask,
  EngineVersion,
} from "../../lib/engine-types";
import { type Endpoint, modemOptions, negotiateApiVersion } from "./connection";
import { referenceProblem } from "../../lib/engine-ref";
import { imageRefProblem } from "../../lib/image-ref";
import { DEMO_PLATFORM } from "../../lib/demo-engine";
import "./no-redirects";
import { engineStats } from "./stats";
import { EngineError, EngineInputError, toEngineError } from "./errors";
import { logLinesOf } from "./log-frames";

export { EngineError, EngineInputError, toEngineError } from "./errors";

/** What the process learns from a client's answers beyond the answer itself. */
export interface EngineHooks {
  /** A write (POST/DELETE) was refused for want of access (problems.ts isAccessRefusal). */
  writeRefused?(err: EngineError): void;
}

/** `ref` as one percent-encoded path segment, after checking it against the engine's ID/name grammar. */
export function pathSegment(ref: string, field = "id"): string {
  const problem = referenceProblem(ref);
  if (problem) throw new EngineInputError(field, problem);
  return encodeURIComponent(ref);
}

/** Request timeout for ordinary reads; the event stream has none (it is idle for long stretches). */
const REQUEST_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 3_000;

export interface EngineReads {
  readonly apiVersion: string;
  readonly engineVersion: string | null;
  /** The engine is Swarmscope's demo swarm (lib/demo-engine.ts), not a real cluster. */
  readonly simulated: boolean;
  info(): Promise<EngineInfo>;
  swarm(): Promise<EngineSwarm>;
  nodes(): Promise<EngineNode[]>;
  node(id: string): Promise<EngineNode | null>;
  services(): Promise<EngineService[]>;
  service(id: string): Promise<EngineService | null>;
  tasks(): Promise<EngineTask[]>;
  networks(): Promise<EngineNetwork[]>;
  secrets(): Promise<EngineSecret[]>;
  configs(): Promise<EngineConfig[]>;
  events(onEvent: (e: EngineEvent) => void, onEnd: (err: EngineError | null) => void): Promise<() => void>;
}

/** Writes the actions make (server/actions); every one takes the object's version where the engine wants it. */
export interface EngineWrites {
  createService(spec: EngineServiceSpec): Promise<{ ID: string; Warnings?: string[] | null }>;
  updateService(id: string, version: number, spec: EngineServiceSpec, opts?: { rollback?: "previous" }): Promise<{ Warnings?: string[] | null }>;
  removeService(id: string): Promise<void>;
  updateNode(id: string, version: number, spec: EngineNodeSpec): Promise<void>;
  removeNode(id: string, force: boolean): Promise<void>;
  createNetwork(spec: EngineNetworkCreate): Promise<{ Id: string; Warning?: string }>;
  removeNetwork(id: string): Promise<void>;
  createSecret(spec: EngineSecretSpec): Promise<{ ID: string }>;
  removeSecret(id: string): Promise<void>;
  createConfig(spec: EngineSecretSpec): Promise<{ ID: string }>;
  removeConfig(id: string): Promise<void>;
  updateSwarm(version: number, spec: EngineSwarm["Spec"], rotate?: SwarmRotation): Promise<void>;
}

/** What POST /swarm/update can rotate alongside the spec (docker swarm join-token --rotate, docker swarm unlock-key --rotate). */
export interface SwarmRotation {
  workerToken?: boolean;
  managerToken?: boolean;
  unlockKey?: boolean;
}

export class EngineClient implements EngineReads, EngineWrites {
  private constructor(
    private readonly docker: Docker,
    private readonly streams: Docker,
    readonly apiVersion: string,
    readonly engineVersion: string | null,
    readonly simulated: boolean,
    private readonly hooks: EngineHooks,
  ) {}

  /** GET /version (unversioned path), then a client pinned to the negotiated API version. */
  static async connect(endpoint: Endpoint, hooks: EngineHooks = {}): Promise<EngineClient> {
    const probe = new Docker({ ...modemOptions(endpoint), timeout: REQUEST_TIMEOUT_MS, connectionTimeout: CONNECT_TIMEOUT_MS } as Docker.DockerOptions);
    const version = (await EngineClient.call(() => probe.version())) as unknown as EngineVersion;
    const api = negotiateApiVersion(version);
    const opts = modemOptions(endpoint, api);
    return new EngineClient(
      new Docker({ ...opts, timeout: REQUEST_TIMEOUT_MS, connectionTimeout: CONNECT_TIMEOUT_MS } as Docker.DockerOptions),
      new Docker({ ...opts, connectionTimeout: CONNECT_TIMEOUT_MS } as Docker.DockerOptions),
      api,
      version.Version || null,
      version.Platform?.Name === DEMO_PLATFORM,
      hooks,
    );
  }

  private static async call<T>(fn: () => Promise<T>): Promise<T> {
    engineStats.requests++;
    try {
      return await fn();
    } catch (err) {
      throw toEngineError(err);
    }
  }

  /** A counted read whose 404 means "there is none". */
  private static async orNull<T>(read: () => Promise<T>): Promise<T | null> {
    try {
      return await read();
    } catch (err) {
      const e = toEngineError(err);
      if (e.notFound) return null;
      throw e;
    }
  }

  info(): Promise<EngineInfo> {
    return EngineClient.call(() => this.docker.info() as Promise<EngineInfo>);
  }
  swarm(): Promise<EngineSwarm> {
    return EngineClient.call(() => this.docker.swarmInspect() as Promise<EngineSwarm>);
  }
  nodes(): Promise<EngineNode[]> {
    return EngineClient.call(() => this.docker.listNodes() as Promise<EngineNode[]>);
  }
  node(id: string): Promise<EngineNode | null> {
    return EngineClient.orNull(() => this.dial<EngineNode>("GET", `/nodes/${pathSegment(id)}`, {}));
  }
  services(): Promise<EngineService[]> {
    return EngineClient.call(() => this.docker.listServices({ status: true } as never) as unknown as Promise<EngineService[]>);
  }
  service(id: string): Promise<EngineService | null> {
    return EngineClient.orNull(() => this.dial<EngineService>("GET", `/services/${pathSegment(id)}`, {}));
  }
  tasks(): Promise<EngineTask[]> {
    return EngineClient.call(() => this.docker.listTasks() as Promise<EngineTask[]>);
  }
  networks(): Promise<EngineNetwork[]> {
    return EngineClient.call(() => this.docker.listNetworks() as Promise<EngineNetwork[]>);
  }

  /** GET /secrets: names and labels only (the engine never returns a secret's value). */
  secrets(): Promise<EngineSecret[]> {
    return this.dial<EngineSecret[]>("GET", "/secrets", {});
  }
  /** GET /configs without Spec.Data: the model never carries object data. */
  async configs(): Promise<EngineConfig[]> {
    const list = await this.dial<(EngineConfig & { Spec: { Data?: string } })[]>("GET", "/configs", {});
    return list.map(({ Spec: { Data: _data, ...spec }, ...rest }) => ({ ...rest, Spec: spec }));
  }
  secret(id: string): Promise<EngineSecret | null> {
    return EngineClient.orNull(() => this.dial<EngineSecret>("GET", `/secrets/${pathSegment(id)}`, {}));
  }
  async config(id: string): Promise<EngineConfig | null> {
    const c = await EngineClient.orNull(() => this.dial<EngineConfig & { Spec: { Data?: string } }>("GET", `/configs/${pathSegment(id)}`, {}));
    if (!c) return null;
    const { Data: _data, ...spec } = c.Spec;
    return { ...c, Spec: spec };
  }
  createSecret(spec: EngineSecretSpec) {
    return this.dial<{ ID: string }>("POST", "/secrets/create", {}, spec);
  }
  async removeSecret(id: string) {
    await this.dial("DELETE", `/secrets/${pathSegment(id)}`, {});
  }
  createConfig(spec: EngineSecretSpec) {
    return this.dial<{ ID: string }>("POST", "/configs/create", {}, spec);
  }
  async removeConfig(id: string) {
    await this.dial("DELETE", `/configs/${pathSegment(id)}`, {});
  }
  /** GET /volumes on this engine, optionally filtered by label (volumes are per node). */
  async volumes(label?: string): Promise<{ Name: string; Driver: string; Labels?: Record<string, string> | null }[]> {
    const query = label ? { filters: JSON.stringify({ label: [label] }) } : {};
    const r = await this.dial<{ Volumes?: { Name: string; Driver: string; Labels?: Record<string, string> | null }[] | null }>("GET", "/volumes", query);
    return r.Volumes ?? [];
  }

  /** GET /images/{name}/json on this engine: is the image here? (no data beyond yes/no is used) */
  async hasImage(name: string): Promise<boolean> {
    const problem = imageRefProblem(name);
    if (problem) throw new EngineInputError("image", problem);
    return (await EngineClient.orNull(() => this.dial<{ Id: string }>("GET", `/images/${encodeURIComponent(name)}/json`, {}))) !== null;
  }

  /** DELETE /volumes/{name} on this engine (409 while a container uses it). */
  async removeVolume(name: string) {
    await this.dial("DELETE", `/volumes/${pathSegment(name, "name")}`, {});
  }

  /** A raw Engine API call: query and JSON body kept apart (dockerode would send options as both). Every write goes through here. */
  private async dial<T>(method: "GET" | "POST" | "DELETE", path: string, query: object, body?: unknown): Promise<T> {
    try {
      return await this.dialOnce<T>(method, path, query, body);
    } catch (err) {
      const e = toEngineError(err);
      if (method !== "GET" && e.accessRefused) this.hooks.writeRefused?.(e);
      throw e;
    }
  }

  private dialOnce<T>(method: "GET" | "POST" | "DELETE", path: string, query: object, body?: unknown): Promise<T> {
    return EngineClient.call(
      () =>
        new Promise<T>((resolve, reject) => {
          const modem = (this.docker as unknown as { modem: { dial(o: object, cb: (e: unknown, d: T) => void): void } }).modem;
          modem.dial(
            {
              path: `${path}?`,
              method,
              options: body === undefined ? { _query: query } : { _query: query, _body: body },
              statusCodes: {
                200: true,
                201: true,
                204: true,
                400: "bad parameter",
                404: "no such object",
                406: "node is not part of a swarm",
                409: "conflict",
                500: "server error",
                503: "node is not part of a swarm",
              },
            },
            (err, data) => (err ? reject(err) : resolve(data)),
          );
        }),
    );
  }

  /** GET /services/{id}/logs with timestamps and task/node details; a raw multiplexed stream (see log-frames.ts). */
  serviceLogs(id: string, opts: { tail: number; follow: boolean }): Promise<Readable> {
    return EngineClient.call(
      () =>
        new Promise<Readable>((resolve, reject) => {
          const modem = (this.streams as unknown as { modem: { dial(o: object, cb: (e: unknown, d: Readable) => void): void } }).modem;
          modem.dial(
            {
              path: `/services/${pathSegment(id)}/logs?`,
              method: "GET",
              isStream: true,
              options: { _query: { stdout: true, stderr: true, timestamps: true, details: true, follow: opts.follow, tail: String(opts.tail) } },
              statusCodes: { 200: true, 404: "no such service", 500: "server error", 503: "node is not part of a swarm" },
            },
            (err, data) => (err ? reject(err) : resolve(data)),
          );
        }),
    );
  }

  /** The service's logs as parsed lines: an object-mode stream of LogLine batches (see log-frames.ts). */
  async serviceLogLines(id: string, opts: { tail: number; follow: boolean }): Promise<Readable> {
    return logLinesOf(await this.serviceLogs(id, opts));
  }

  /** The swarm's join tokens (GET /swarm). Only the admin-only route reads them; they never enter the model. */
  async joinTokens(): Promise<{ worker: string; manager: string }> {
    const raw = await this.dial<{ JoinTokens?: { Worker?: string; Manager?: string } }>("GET", "/swarm", {});
    return { worker: raw.JoinTokens?.Worker ?? "", manager: raw.JoinTokens?.Manager ?? "" };
  }
  /** POST /swarm/update at `version` with the whole spec as read (the engine replaces it, so partial specs would reset fields). */
  async updateSwarm(version: number, spec: EngineSwarm["Spec"], rotate: SwarmRotation = {}): Promise<void> {
    const query = {
      version,
      ...(rotate.workerToken ? { rotateWorkerToken: true } : {}),
      ...(rotate.managerToken ? { rotateManagerToken: true } : {}),
      ...(rotate.unlockKey ? { rotateManagerUnlockKey: true } : {}),
    };
    await this.dial("POST", "/swarm/update", query, spec);
  }

  /** GET /swarm/unlockkey: empty when autolock is off. */
  async unlockKey(): Promise<string> {
    return (await this.dial<{ UnlockKey?: string }>("GET", "/swarm/unlockkey", {})).UnlockKey ?? "";
  }

  /** GET /networks/{id}; `verbose` adds every service's tasks for swarm networks. */
  network(id: string, verbose = false): Promise<EngineNetwork | null> {
    return EngineClient.orNull(() => this.dial<EngineNetwork>("GET", `/networks/${pathSegment(id)}`, verbose ? { verbose: true } : {}));
  }
  containers(): Promise<EngineContainerSummary[]> {
    return this.dial<EngineContainerSummary[]>("GET", "/containers/json", { all: true });
  }
  container(id: string): Promise<EngineContainer | null> {
    return EngineClient.orNull(() => this.dial<EngineContainer>("GET", `/containers/${pathSegment(id)}/json`, {}));
  }
  createNetwork(spec: EngineNetworkCreate) {
    return this.dial<{ Id: string; Warning?: string }>("POST", "/networks/create", {}, spec);
  }
  async removeNetwork(id: string) {
    await this.dial("DELETE", `/networks/${pathSegment(id)}`, {});
  }

  createService(spec: EngineServiceSpec) {
    return this.dial<{ ID: string; Warnings?: string[] | null }>("POST", "/services/create", {}, spec);
  }
  async updateService(id: string, version: number, spec: EngineServiceSpec, opts: { rollback?: "previous" } = {}) {
    const query = opts.rollback ? { version, rollback: opts.rollback } : { version };
    return this.dial<{ Warnings?: string[] | null }>("POST", `/services/${pathSegment(id)}/update`, query, spec);
  }
  async removeService(id: string) {
    await this.dial("DELETE", `/services/${pathSegment(id)}`, {});
  }
  async updateNode(id: string, version: number, spec: EngineNodeSpec) {
    await this.dial("POST", `/nodes/${pathSegment(id)}/update`, { version }, spec);
  }
  async removeNode(id: string, force: boolean) {
    await this.dial("DELETE", `/nodes/${pathSegment(id)}`, force ? { force: true } : {});
  }

  /**
   * Opens GET /events for swarm-scope objects. The stream never reconnects by itself: onEnd is called once
   * when it closes or fails, and the caller decides. Returns a function that closes it.
   */
  async events(onEvent: (e: EngineEvent) => void, onEnd: (err: EngineError | null) => void): Promise<() => void> {
    const filters = { type: ["node", "service", "network", "secret", "config"] };
    const stream = (await EngineClient.call(() => (this.streams.getEvents as (opts: object) => Promise<unknown>).call(this.streams, { filters })).catch((err: EngineError) => {
      // Say which request failed: a stream whose answer never began (a proxy that holds the head until the first event) reads as a bare "socket hang up".
      throw new EngineError(`the event stream (GET /events) did not start: ${err.message}`, err.status, err.code, err.engineBody);
    })) as Readable;
    let buffer = "";
    let ended = false;
    const end = (err: EngineError | null) => {
      if (ended) return;
      ended = true;
      onEnd(err);
    };
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf("\n")) !== -1) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (!line) continue;
        try {
          onEvent(JSON.parse(line) as EngineEvent);
        } catch {
          // A line we cannot parse tells us nothing; the next resync covers whatever it was.
        }
      }
    });
    stream.on("error", (err) => end(toEngineError(err)));
    stream.on("end", () => end(null));
    stream.on("close", () => end(null));
    return () => {
      ended = true;
      stream.destroy();
    };
  }
}
