// The engines of individual nodes Swarmscope may inspect for local facts (containers): the manager it watches, plus SWARMSCOPE_NODE_HOSTS.
import { EngineClient } from "./client";
import { type Endpoint, endpointFromEnv } from "./connection";

/** "worker1=unix:///run/w1.sock,worker2=tcp://10.0.0.5:2376" → hostname → endpoint (TLS settings as for DOCKER_HOST). */
export function parseNodeHosts(text: string | undefined, env: Record<string, string | undefined> = process.env): Map<string, Endpoint> {
  const map = new Map<string, Endpoint>();
  for (const item of (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new Error(`SWARMSCOPE_NODE_HOSTS entry "${item}" should be NODE=DOCKER_HOST`);
    map.set(item.slice(0, eq), endpointFromEnv({ ...env, DOCKER_HOST: item.slice(eq + 1) }));
  }
  return map;
}

export class NodeEngines {
  private clients = new Map<string, Promise<EngineClient>>();

  constructor(private readonly extra: Map<string, Endpoint>) {}

  /** Hostname of every node we can inspect; the watched manager under the name its engine reports. */
  async reachable(managerClient: EngineClient): Promise<{ node: string; client: EngineClient }[]> {
    const out: { node: string; client: EngineClient }[] = [];
    const managerName = (await managerClient.info()).Name ?? "manager";
    out.push({ node: managerName, client: managerClient });
    for (const [node, endpoint] of this.extra) {
      if (node === managerName) continue;
      let client = this.clients.get(node);
      if (!client) {
        client = EngineClient.connect(endpoint);
        this.clients.set(node, client);
      }
      try {
        out.push({ node, client: await client });
      } catch {
        this.clients.delete(node); // unreachable now; try again next time
      }
    }
    return out;
  }

  static fromEnv(): NodeEngines {
    return new NodeEngines(parseNodeHosts(process.env.SWARMSCOPE_NODE_HOSTS));
  }
}
