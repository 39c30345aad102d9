// The engine link before the first attempt to reach the engine has finished: where the model starts.
import type { EngineLink } from "../../lib/model-types";

/** The link before the first attempt has finished. */
export function connectingLink(host: string): EngineLink {
  return {
    state: "connecting",
    host,
    message: null,
    hint: null,
    apiVersion: null,
    engineVersion: null,
    simulated: false,
    since: new Date().toISOString(),
    lastSyncAt: null,
    failover: null,
    readOnly: null,
  };
}
