// Wires the data path: engine → watcher → model (in the hub) → socket fan-out. One watcher serves every viewer.
import { EngineClient } from "./engine/client";
import type { Endpoint } from "./engine/connection";
import { connectingLink, Watcher, type WatcherTiming } from "./engine/watcher";
import { Hub } from "./hub/hub";

export interface Runtime {
  endpoint: Endpoint;
  hub: Hub;
  watcher: Watcher;
}

export function createRuntime(endpoint: Endpoint, timing: Partial<WatcherTiming> = {}): Runtime {
  const hub = new Hub(connectingLink(endpoint.label));
  const watcher = new Watcher(() => EngineClient.connect(endpoint), hub, endpoint.label, timing);
  return { endpoint, hub, watcher };
}
