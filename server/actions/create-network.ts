// Action: create an overlay or bridge network (docker network create), with its subnet checked before the engine sees it.
import { z } from "zod";
import type { EngineNetworkCreate } from "../../lib/engine-types";
import { cidrContains, cidrsOverlap, cidrWithin, parseCidr } from "../../lib/cidr";
import { cliCommand } from "../../lib/shell-quote";
import { ActionError, defineAction } from "./action";
import { labelMap, objectName } from "./schemas";

const input = z
  .strictObject({
    name: objectName,
    driver: z.enum(["overlay", "bridge"]),
    attachable: z.boolean().optional(),
    internal: z.boolean().optional(),
    encrypted: z.boolean().optional(),
    subnet: z.string().max(64).optional(),
    gateway: z.string().max(64).optional(),
    ipRange: z.string().max(64).optional(),
    labels: labelMap.optional(),
  })
  .refine((v) => !(v.encrypted && v.driver !== "overlay"), { message: "only overlay networks can be encrypted", path: ["encrypted"] })
  .refine((v) => !((v.gateway || v.ipRange) && !v.subnet), { message: "a gateway or IP range needs a subnet", path: ["subnet"] });

type Input = z.infer<typeof input>;

export function networkCli(v: Input): string {
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

/** The subnet, gateway and IP range make sense together and clash with no existing network. */
export function checkAddressing(v: Input, existing: { name: string; subnets: { subnet: string }[] }[]): void {
  if (!v.subnet) return;
  const subnet = parseCidr(v.subnet);
  if (!subnet) throw new ActionError(400, `subnet "${v.subnet}" is not a CIDR block (e.g. 10.0.9.0/24, with no host bits set)`, "subnet");
  if (v.gateway !== undefined && !cidrContains(subnet, v.gateway)) {
    throw new ActionError(400, `gateway ${v.gateway} is not an address inside ${v.subnet}`, "gateway");
  }
  if (v.ipRange !== undefined) {
    const range = parseCidr(v.ipRange);
    if (!range) throw new ActionError(400, `IP range "${v.ipRange}" is not a CIDR block`, "ipRange");
    if (!cidrWithin(range, subnet)) throw new ActionError(400, `IP range ${v.ipRange} is not inside ${v.subnet}`, "ipRange");
  }
  for (const net of existing) {
    for (const s of net.subnets) {
      const other = parseCidr(s.subnet);
      if (other && cidrsOverlap(subnet, other)) {
        throw new ActionError(409, `subnet ${v.subnet} overlaps ${s.subnet} of network ${net.name}`, "subnet");
      }
    }
  }
}

export const createNetwork = defineAction({
  name: "network.create",
  method: "POST",
  path: "/api/v1/networks",
  input,
  async run(v, { engine, view, nudge }) {
    const networks = Object.values(view.networks);
    if (networks.some((n) => n.name === v.name)) throw new ActionError(409, `a network named ${v.name} already exists`, "name");
    checkAddressing(v, networks);
    const spec: EngineNetworkCreate = {
      Name: v.name,
      Driver: v.driver,
      CheckDuplicate: true,
      Internal: v.internal ?? false,
      Attachable: v.attachable ?? false,
      Labels: v.labels ?? {},
      Options: v.encrypted ? { encrypted: "" } : {},
      ...(v.subnet
        ? { IPAM: { Driver: "default", Config: [{ Subnet: v.subnet, ...(v.gateway ? { Gateway: v.gateway } : {}), ...(v.ipRange ? { IPRange: v.ipRange } : {}) }] } }
        : {}),
    };
    nudge();
    const created = await engine.createNetwork(spec);
    nudge();
    return {
      ok: true,
      action: "network.create",
      cli: networkCli(v),
      message: `created ${v.driver} network ${v.name}`,
      target: { kind: "network", id: created.Id, name: v.name },
      done: [`created network ${v.name} (${created.Id.slice(0, 12)})`],
      notDone: [],
      warnings: created.Warning ? [created.Warning] : [],
    };
  },
});
