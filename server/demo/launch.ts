// Starts the demo swarm for Swarmscope or `npm run demo`: the default layout (or SWARMSCOPE_DEMO_SIZE), alive, served on a unix socket (and a TCP port when asked).
import os from "node:os";
import path from "node:path";
import { demoSwarm } from "../engine/simulated/demo-layout";
import { EventLog } from "./event-log";
import { DemoEngine } from "./demo-engine";
import type { DemoSize } from "./start-rule";

/** Unix socket paths are limited to 107 bytes; a deep DATA_DIR falls back to the temp folder. */
const MAX_SOCKET_PATH = 100;

export function demoSocketPath(dataDir: string): string {
  const inData = path.resolve(dataDir, "demo.sock");
  return inData.length <= MAX_SOCKET_PATH ? inData : path.join(os.tmpdir(), `swarmscope-demo-${process.pid}.sock`);
}

export interface DemoLaunch {
  size: DemoSize | null;
  socketPath?: string;
  port?: number;
  seed?: number;
}

/** Creation times lie this far back, so the swarm starts settled ("created 10 minutes ago") and lives on from now. */
const HISTORY_MS = 10 * 60_000;

export async function launchDemo(o: DemoLaunch): Promise<DemoEngine> {
  const events = new EventLog();
  const sim = demoSwarm({ seed: o.seed ?? 1, nodes: o.size?.nodes, tasks: o.size?.tasks, start: Date.now() - HISTORY_MS, onEvent: (e, at) => events.add(e, at) });
  return DemoEngine.start(sim, { socketPath: o.socketPath, port: o.port }, events);
}
