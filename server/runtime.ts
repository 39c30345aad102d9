// Wires the data path: engine → watcher → model (in the hub) → socket fan-out. One watcher serves every viewer.
import { EngineClient } from "./engine/client";
import type { Endpoint } from "./engine/connection";
import { Managers } from "./engine/managers";
import { connectingLink, Watcher, type WatcherTiming } from "./engine/watcher";
import { Hub } from "./hub/hub";
import { NodeEngines } from "./engine/node-engines";
import type { History } from "./history/history";

export interface Runtime {
  /** The manager in use (SWARMSCOPE_MANAGERS' current one, or DOCKER_HOST): the docker CLI is pointed at it too. */
  readonly endpoint: Endpoint;
  /** The managers to watch, the one in use, the switches. */
  managers: Managers<EngineClient>;
  hub: Hub;
  watcher: Watcher;
  /** A client for actions' writes to the manager in use, connected on first use and again after a failure or a switch. */
  engine(): Promise<EngineClient>;
  /** Engines of single nodes, for local facts such as containers. */
  nodeEngines: NodeEngines;
  /** SWARMSCOPE_BIND_PATHS: what operators may bind-mount (server/auth/run-policy.ts). */
  bindPaths: readonly string[];
  /** The recorded history (DATA_DIR/history.sqlite), when the server keeps a data directory. */
  history?: History;
}

export function createRuntime(endpoints: Endpoint | readonly Endpoint[], timing: Partial<WatcherTiming> = {}, bindPaths: readonly string[] = []): Runtime {
  const list = Array.isArray(endpoints) ? endpoints : [endpoints as Endpoint];
  // Every client (the watcher's and the writer's) tells the watcher when the engine refuses writes for want of access.
  const hooks = {
    writeRefused: (err: { message: string }) => {
      if (watcher.writeRefused(err.message)) console.warn(`Swarmscope: the engine at ${managers.host()} refused a write (${err.message}): read-only engine access`);
    },
  };
  const managers = new Managers<EngineClient>(list, (endpoint) => EngineClient.connect(endpoint, hooks));
  const hub = new Hub(connectingLink(managers.host()));
  const watcher = new Watcher(managers, hub, managers.host(), timing);
  let client: Promise<EngineClient> | null = null;
  let clientFor: Endpoint | null = null;
  const engine = () => {
    const endpoint = managers.current;
    if (!client || clientFor !== endpoint) {
      clientFor = endpoint;
      client = EngineClient.connect(endpoint, hooks).catch((err) => {
        client = null;
        throw err;
      });
    }
    return client;
  };
  // A watcher reconnect means the engine went away: connect the writer afresh too.
  hub.subscribe((delta) => {
    if (delta.changes.some((c) => c.kind === "engine" && c.value.state !== "live")) client = null;
  });
  return {
    get endpoint() {
      return managers.current;
    },
    managers,
    hub,
    watcher,
    engine,
    nodeEngines: NodeEngines.fromEnv(),
    bindPaths,
  };
}
