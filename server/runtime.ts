// Wires the data path: engine → watcher → model (in the hub) → socket fan-out. One watcher serves every viewer.
import { EngineClient } from "./engine/client";
import type { Endpoint } from "./engine/connection";
import { connectingLink, Watcher, type WatcherTiming } from "./engine/watcher";
import { Hub } from "./hub/hub";
import { NodeEngines } from "./engine/node-engines";
import type { History } from "./history/history";

export interface Runtime {
  endpoint: Endpoint;
  hub: Hub;
  watcher: Watcher;
  /** A client for actions' writes, connected on first use and again after a failure. */
  engine(): Promise<EngineClient>;
  /** Engines of single nodes, for local facts such as containers. */
  nodeEngines: NodeEngines;
  /** SWARMSCOPE_BIND_PATHS: what operators may bind-mount (server/auth/run-policy.ts). */
  bindPaths: readonly string[];
  /** The recorded history (DATA_DIR/history.sqlite), when the server keeps a data directory. */
  history?: History;
}

export function createRuntime(endpoint: Endpoint, timing: Partial<WatcherTiming> = {}, bindPaths: readonly string[] = []): Runtime {
  const hub = new Hub(connectingLink(endpoint.label));
  const watcher = new Watcher(() => EngineClient.connect(endpoint), hub, endpoint.label, timing);
  let client: Promise<EngineClient> | null = null;
  const engine = () => {
    client ??= EngineClient.connect(endpoint).catch((err) => {
      client = null;
      throw err;
    });
    return client;
  };
  // A watcher reconnect means the engine went away: connect the writer afresh too.
  hub.subscribe((delta) => {
    if (delta.changes.some((c) => c.kind === "engine" && c.value.state !== "live")) client = null;
  });
  return { endpoint, hub, watcher, engine, nodeEngines: NodeEngines.fromEnv(), bindPaths };
}
