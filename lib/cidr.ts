// IPv4/IPv6 addresses and CIDR blocks: parse, contain, overlap; for validating network subnets before the engine sees them.

export interface Cidr {
  version: 4 | 6;
  /** First address of the block. */
  base: bigint;
  prefix: number;
  text: string;
}

function parseV4(ip: string): bigint | null {
  const parts = ip.split(".");
  if (parts.length !== 4) return null;
  let n = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return null;
    n = (n << 8n) | BigInt(p);
  }
  return n;
}

function parseV6(ip: string): bigint | null {
  if (!/^[0-9a-fA-F:]+$/.test(ip) || ip.split("::").length > 2) return null;
  const [head, tail] = ip.includes("::") ? ip.split("::") : [ip, null];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const missing = 8 - h.length - t.length;
  if ((tail === null && missing !== 0) || (tail !== null && missing < 1)) return null;
  const groups = [...h, ...Array(tail === null ? 0 : missing).fill("0"), ...t];
  let n = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

/** An address as a number, with its family, or null when it is not an IP address. */
export function parseIp(ip: string): { version: 4 | 6; value: bigint } | null {
  const v4 = parseV4(ip);
  if (v4 !== null) return { version: 4, value: v4 };
  const v6 = parseV6(ip);
  return v6 !== null ? { version: 6, value: v6 } : null;
}

/** "10.0.9.0/24" → the block; null when malformed or when host bits are set ("10.0.9.1/24"). */
export function parseCidr(text: string): Cidr | null {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(text.trim());
  if (!m) return null;
  const ip = parseIp(m[1]);
  const prefix = Number(m[2]);
  if (!ip) return null;
  const bits = ip.version === 4 ? 32 : 128;
  if (prefix > bits) return null;
  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  if ((ip.value & hostMask) !== 0n) return null;
  return { version: ip.version, base: ip.value, prefix, text: text.trim() };
}

function size(c: Cidr): bigint {
  return 1n << BigInt((c.version === 4 ? 32 : 128) - c.prefix);
}

export function cidrContains(block: Cidr, ip: string): boolean {
  const a = parseIp(ip);
  return a !== null && a.version === block.version && a.value >= block.base && a.value < block.base + size(block);
}

/** Whether `inner` lies wholly inside `outer`. */
export function cidrWithin(inner: Cidr, outer: Cidr): boolean {
  return inner.version === outer.version && inner.base >= outer.base && inner.base + size(inner) <= outer.base + size(outer);
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.version === b.version && a.base < b.base + size(b) && b.base < a.base + size(a);
}

/** "network" / "broadcast" when `ip` is the block's first or (IPv4) last address — no host may use those — else null. */
export function reservedAddress(block: Cidr, ip: string): "network" | "broadcast" | null {
  const a = parseIp(ip);
  if (a === null || a.version !== block.version) return null;
  const hostBits = (block.version === 4 ? 32 : 128) - block.prefix;
  if (hostBits < 2) return null; // /31 and /32 (or /127, /128): point-to-point, every address is a host
  if (a.value === block.base) return "network";
  if (block.version === 4 && a.value === block.base + size(block) - 1n) return "broadcast";
  return null;
}
