// The swarm's overlay networks: ingress and user networks with subnets from 10.0.x.0/24, labels, attachability, per-endpoint addresses, and the engine's refusals.
import type { EngineNetwork, EngineNetworkCreate, EngineTask } from "../../../lib/engine-types";
import { EngineError } from "../client";
import { AddressPool, overlaps, parseSubnet, type Subnet } from "./address-pool";
import { iso, type SwarmContext } from "./context";
import { resolveRef } from "./refs";

interface NetworkRecord {
  network: EngineNetwork;
  pool: AddressPool;
  version: number;
  vxlan: number;
  createdAt: string;
  embedded?: Attachment["Network"];
}

type Attachment = NonNullable<EngineTask["NetworksAttachments"]>[number];

const PREDEFINED = new Set(["bridge", "host", "none"]);

export class Networks {
  private readonly map = new Map<string, NetworkRecord>();
  private list: EngineNetwork[] | null = null;
  private vxlan = 4096;
  readonly ingressId: string;

  constructor(private readonly ctx: SwarmContext) {
    this.ingressId = this.add({ Name: "ingress", Driver: "overlay", IPAM: { Config: [{ Subnet: "10.0.0.0/24", Gateway: "10.0.0.1" }] } }, true);
  }

  all(): EngineNetwork[] {
    return (this.list ??= [...this.map.values()].map((r) => r.network));
  }

  get(ref: string): EngineNetwork | null {
    return resolveRef(ref, this.map, (r) => r.network.Name)?.network ?? null;
  }

  byId(id: string): EngineNetwork | null {
    return this.map.get(id)?.network ?? null;
  }

  /** POST /networks/create for a swarm-scoped overlay network. */
  create(c: EngineNetworkCreate): { Id: string } {
    if (!c.Name) throw new EngineError("network name must be specified", 400, null); // swarmkit: InvalidArgument
    if (PREDEFINED.has(c.Name)) throw new EngineError(`${c.Name} is a pre-defined network and cannot be created`, 403, null);
    if (this.all().some((n) => n.Name === c.Name)) throw new EngineError(`network with name ${c.Name} already exists`, 409, null);
    const driver = c.Driver || "overlay";
    if (driver !== "overlay")
      throw new EngineError(`rpc error: code = InvalidArgument desc = invalid driver (${driver}) specified: the simulated swarm runs overlay networks only`, 400, null);
    for (const config of c.IPAM?.Config ?? []) {
      if (!config.Subnet) continue;
      const subnet = parseSubnet(config.Subnet);
      if (!subnet) throw new EngineError(`rpc error: code = InvalidArgument desc = invalid subnet ${config.Subnet}`, 400, null);
      if ([...this.map.values()].some((r) => overlaps(r.pool.net, subnet))) {
        throw new EngineError("rpc error: code = InvalidArgument desc = invalid pool request: Pool overlaps with other one on this address space", 400, null);
      }
    }
    return { Id: this.add(c, false) };
  }

  /** DELETE /networks/{id}: refused while a service or a live task uses it (FailedPrecondition → 400). */
  remove(ref: string, usedBy: (id: string) => { service?: string; task?: string; publishing?: string } | null): void {
    const net = this.get(ref);
    if (!net) throw new EngineError(`network ${ref} not found`, 404, null);
    const use = usedBy(net.Id);
    if (net.Ingress && use?.publishing)
      throw new EngineError(`rpc error: code = FailedPrecondition desc = ingress network cannot be removed because service ${use.publishing} depends on it`, 400, null);
    if (use?.service) throw new EngineError(`rpc error: code = FailedPrecondition desc = network ${net.Id} is in use by service ${use.service}`, 400, null);
    if (use?.task) throw new EngineError(`rpc error: code = FailedPrecondition desc = network ${net.Id} is in use by task ${use.task}`, 400, null);
    this.map.delete(net.Id);
    this.list = null;
    this.ctx.bump();
    this.ctx.emit("network", "remove", net.Id, { name: net.Name });
  }

  /** An address on the network for a task or a service's VIP; null when the network is gone. */
  take(id: string): string | null {
    return this.map.get(id)?.pool.take() ?? null;
  }

  release(id: string, address: string): void {
    this.map.get(id)?.pool.release(address);
  }

  /** A task's NetworksAttachments entry: the network object as swarmkit embeds it (one shared object per network), and the task's address. */
  attachment(id: string, address: string): Attachment {
    const r = this.map.get(id)!;
    r.embedded ??= this.embedded(r);
    return { Network: r.embedded, Addresses: [address] };
  }

  private embedded(r: NetworkRecord): Attachment["Network"] {
    const n = r.network;
    return {
      ID: n.Id,
      Version: { Index: r.version },
      CreatedAt: r.createdAt,
      UpdatedAt: r.createdAt,
      Spec: {
        Name: n.Name,
        Labels: n.Labels ?? {},
        DriverConfiguration: { Name: "overlay" },
        ...(n.Ingress ? { Ingress: true } : {}),
        ...(n.Attachable ? { Attachable: true } : {}),
        Scope: "swarm",
      },
      DriverState: { Name: "overlay", Options: { "com.docker.network.driver.overlay.vxlanid_list": String(r.vxlan) } },
      IPAMOptions: { Driver: { Name: "default" }, Configs: (n.IPAM?.Config ?? []).map((c) => ({ Subnet: c.Subnet, Gateway: c.Gateway })) },
    };
  }

  private add(c: EngineNetworkCreate, ingress: boolean): string {
    const given = c.IPAM?.Config?.[0];
    const subnet = given?.Subnet ? parseSubnet(given.Subnet, given.Gateway)! : this.freeSubnet();
    const id = this.ctx.rnd.objectId();
    const createdAt = iso(this.ctx.now);
    const vxlan = ++this.vxlan;
    const network: EngineNetwork = {
      Name: c.Name,
      Id: id,
      Created: createdAt,
      Scope: "swarm",
      Driver: "overlay",
      EnableIPv6: false,
      IPAM: { Driver: c.IPAM?.Driver ?? "default", Options: null, Config: [{ Subnet: subnet.subnet, Gateway: subnet.gateway }] },
      Internal: c.Internal ?? false,
      Attachable: c.Attachable ?? false,
      Ingress: ingress,
      ConfigFrom: { Network: "" },
      ConfigOnly: false,
      Containers: null,
      Options: { "com.docker.network.driver.overlay.vxlanid_list": String(vxlan), ...c.Options },
      Labels: { ...c.Labels },
    };
    this.map.set(id, { network, pool: new AddressPool(subnet), version: this.ctx.bump(), vxlan, createdAt });
    this.list = null;
    this.ctx.emit("network", "create", id, { name: c.Name });
    return id;
  }

  /** The lowest 10.0.x.0/24 that no network uses (Docker's default address pool). */
  private freeSubnet(): Subnet {
    const used = [...this.map.values()].map((r) => r.pool.net);
    for (let x = 0; x < 256 * 256; x++) {
      const candidate = parseSubnet(`10.${x >> 8}.${x & 255}.0/24`)!;
      if (!used.some((u) => overlaps(u, candidate))) return candidate;
    }
    throw new EngineError("rpc error: code = ResourceExhausted desc = could not find an available, non-overlapping IPv4 address pool", 500, null);
  }
}
