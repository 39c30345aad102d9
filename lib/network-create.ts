// The "create a network" request: its docker CLI command and its addressing checks (subnet, gateway, IP range, overlap); pure, shared by the server action and the browser form.
import { cidrContains, reservedAddress, cidrsOverlap, cidrWithin, parseCidr } from "./cidr";
import { cliCommand } from "./shell-quote";

/** POST /api/v1/networks body (docs/api.md, "Networks"). */
export interface NetworkCreateBody {
  name: string;
  driver: "overlay" | "bridge";
  attachable?: boolean;
  internal?: boolean;
  encrypted?: boolean;
  subnet?: string;
  gateway?: string;
  ipRange?: string;
  labels?: Record<string, string>;
}

/** One thing wrong with a network's addressing, with the HTTP status the server answers it with. */
export interface AddressingProblem {
  status: 400 | 409;
  field: "subnet" | "gateway" | "ipRange";
  error: string;
}

/** The networks an address block must not clash with. */
export type ExistingNetworks = readonly { name: string; subnets: readonly { subnet: string }[] }[];

/** `docker network create --driver overlay --attachable --subnet … NAME`, quoted for a POSIX shell. */
export function networkCreateCli(v: NetworkCreateBody): string {
  const a = ["docker", "network", "create", "--driver", v.driver];
  if (v.attachable) a.push("--attachable");
  if (v.internal) a.push("--internal");
  if (v.encrypted) a.push("--opt", "encrypted");
  if (v.subnet) a.push("--subnet", v.subnet);
  if (v.gateway) a.push("--gateway", v.gateway);
  if (v.ipRange) a.push("--ip-range", v.ipRange);
  for (const [k, val] of Object.entries(v.labels ?? {})) a.push("--label", `${k}=${val}`);
  a.push(v.name);
  return cliCommand(a);
}

/**
 * Everything wrong with the subnet, gateway and IP range, in the order the server checks them
 * (the first one is what it answers): syntax, gateway inside, range inside, overlap with existing networks.
 */
export function addressingProblems(v: Pick<NetworkCreateBody, "subnet" | "gateway" | "ipRange">, existing: ExistingNetworks): AddressingProblem[] {
  if (!v.subnet) return [];
  const subnet = parseCidr(v.subnet);
  if (!subnet) return [{ status: 400, field: "subnet", error: `subnet "${v.subnet}" is not a CIDR block (e.g. 10.0.9.0/24, with no host bits set)` }];
  const problems: AddressingProblem[] = [];
  if (v.gateway !== undefined && !cidrContains(subnet, v.gateway)) {
    problems.push({ status: 400, field: "gateway", error: `gateway ${v.gateway} is not an address inside ${v.subnet}` });
  } else if (v.gateway !== undefined && reservedAddress(subnet, v.gateway)) {
    problems.push({ status: 400, field: "gateway", error: `gateway ${v.gateway} is the ${reservedAddress(subnet, v.gateway)} address of ${v.subnet}; use a host address` });
  }
  if (v.ipRange !== undefined) {
    const range = parseCidr(v.ipRange);
    if (!range) problems.push({ status: 400, field: "ipRange", error: `IP range "${v.ipRange}" is not a CIDR block` });
    else if (!cidrWithin(range, subnet)) problems.push({ status: 400, field: "ipRange", error: `IP range ${v.ipRange} is not inside ${v.subnet}` });
  }
  const clash = existing
    .flatMap((net) => net.subnets.map((s) => ({ net, s })))
    .find(({ s }) => {
      const other = parseCidr(s.subnet);
      return other !== null && cidrsOverlap(subnet, other);
    });
  if (clash) problems.push({ status: 409, field: "subnet", error: `subnet ${v.subnet} overlaps ${clash.s.subnet} of network ${clash.net.name}` });
  return problems;
}
