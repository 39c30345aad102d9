// Action: create an overlay or bridge network (docker network create), with its subnet checked before the engine sees it.
import { z } from "zod";
import type { EngineNetworkCreate } from "../../lib/engine-types";
import { addressingProblems, type ExistingNetworks, networkCreateCli } from "../../lib/network-create";
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

/** The subnet, gateway and IP range make sense together and clash with no existing network: else the first problem, as an ActionError. */
export function checkAddressing(v: Input, existing: ExistingNetworks): void {
  const problem = addressingProblems(v, existing)[0];
  if (problem) throw new ActionError(problem.status, problem.error, problem.field);
}

export const createNetwork = defineAction({
  name: "network.create",
  role: "operator",
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
      cli: networkCreateCli(v),
      message: `created ${v.driver} network ${v.name}`,
      target: { kind: "network", id: created.Id, name: v.name },
      done: [`created network ${v.name} (${created.Id.slice(0, 12)})`],
      notDone: [],
      warnings: created.Warning ? [created.Warning] : [],
    };
  },
});
