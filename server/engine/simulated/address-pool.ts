// An overlay network's IPAM: its /N subnet, gateway, and per-endpoint addresses handed out lowest first and given back when a task ends.
export interface Subnet {
  subnet: string;
  gateway: string;
  /** The network address as a 32-bit number, and the prefix length. */
  base: number;
  bits: number;
}

const toInt = (ip: string) => ip.split(".").reduce((n, part) => ((n << 8) | Number(part)) >>> 0, 0);
const toIp = (n: number) => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

/** Reads "10.0.1.0/24" (and an optional gateway); null when it is not an IPv4 CIDR. */
export function parseSubnet(cidr: string, gateway?: string): Subnet | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!m || m.slice(1, 5).some((p) => Number(p) > 255) || Number(m[5]) > 30 || Number(m[5]) < 8) return null;
  const bits = Number(m[5]);
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  const base = (toInt(m.slice(1, 5).join(".")) & mask) >>> 0;
  return { subnet: `${toIp(base)}/${bits}`, gateway: gateway ?? toIp(base + 1), base, bits };
}

/** Whether two subnets overlap. */
export function overlaps(a: Subnet, b: Subnet): boolean {
  const size = (s: Subnet) => 2 ** (32 - s.bits);
  return a.base < b.base + size(b) && b.base < a.base + size(a);
}

export class AddressPool {
  private next: number;
  private readonly free: number[] = [];
  private readonly last: number;
  private readonly gateway: number;

  constructor(readonly net: Subnet) {
    this.gateway = toInt(net.gateway);
    this.next = net.base + 1;
    this.last = net.base + 2 ** (32 - net.bits) - 2;
  }

  /** An address as "10.0.1.5/24"; reuses given-back addresses first; when the subnet is full, it wraps around (the simulation never refuses). */
  take(): string {
    let n = this.free.pop();
    if (n === undefined) {
      if (this.next > this.last) this.next = this.net.base + 1;
      n = this.next++;
      if (n === this.gateway) n = this.next++;
    }
    return `${toIp(n)}/${this.net.bits}`;
  }

  release(address: string): void {
    const n = toInt(address.split("/")[0]);
    if (n > this.net.base && n <= this.last && n !== this.gateway) this.free.push(n);
  }
}
