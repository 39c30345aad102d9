// Published ports as swarmkit's port allocator hands them out: ingress ports unique per protocol, PublishedPort 0 → the next free one from 30000.
import type { EnginePortConfig } from "../../../lib/engine-types";
import { EngineError } from "../client";

const DYNAMIC_START = 30000;

export class PortAllocator {
  /** "8080/tcp" → the service ID holding it. */
  private readonly used = new Map<string, string>();

  /**
   * The service's Endpoint.Ports for its EndpointSpec.Ports (keeping the ports it had for the same target), or a refusal
   * naming the service that holds a port; on refusal nothing changes.
   */
  allocate(serviceId: string, wanted: readonly EnginePortConfig[], old: readonly EnginePortConfig[], nameOf: (id: string) => string): EnginePortConfig[] {
    const key = (p: EnginePortConfig) => `${p.PublishedPort}/${p.Protocol}`;
    const ingress = (list: readonly EnginePortConfig[]) => list.filter((p) => p.PublishMode === "ingress");
    for (const p of ingress(old)) this.used.delete(key(p));
    const ports: EnginePortConfig[] = [];
    try {
      for (const p of wanted) {
        const protocol = p.Protocol ?? "tcp";
        const mode = p.PublishMode ?? "ingress";
        let published = p.PublishedPort ?? 0;
        if (!published && mode === "ingress") {
          published = old.find((o) => o.TargetPort === p.TargetPort && o.Protocol === protocol && o.PublishMode === "ingress")?.PublishedPort ?? 0;
          for (let port = DYNAMIC_START; !published; port++) if (!this.used.has(`${port}/${protocol}`)) published = port;
        }
        const port: EnginePortConfig = { ...(p.Name ? { Name: p.Name } : {}), Protocol: protocol, TargetPort: p.TargetPort, PublishedPort: published, PublishMode: mode };
        if (mode === "ingress") {
          const holder = this.used.get(key(port));
          if (holder && holder !== serviceId) {
            throw new EngineError(
              `rpc error: code = InvalidArgument desc = port '${published}' is already in use by service '${nameOf(holder)}' (${holder}) as an ingress port`,
              400,
              null,
            );
          }
          this.used.set(key(port), serviceId);
        }
        ports.push(port);
      }
    } catch (err) {
      for (const p of ingress(ports)) this.used.delete(key(p));
      for (const p of ingress(old)) this.used.set(key(p), serviceId);
      throw err;
    }
    return ports;
  }

  release(ports: readonly EnginePortConfig[]): void {
    for (const p of ports) if (p.PublishMode === "ingress") this.used.delete(`${p.PublishedPort}/${p.Protocol}`);
  }
}
