// The network actions' contracts: create (overlay or bridge) and remove — input, route, role and the docker CLI each stands for.
import { z } from "zod";
import { networkCreateCli } from "../network-create";
import { cliCommand } from "../shell-quote";
import { defineContract } from "./contract";
import { labelMap, objectName } from "./schemas";

export const createNetworkContract = defineContract("network.create", "operator", "POST /api/v1/networks", {
  input: z
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
    .refine((v) => !((v.gateway || v.ipRange) && !v.subnet), { message: "a gateway or IP range needs a subnet", path: ["subnet"] }),
  cli: (v) => networkCreateCli(v),
});
export type CreateNetworkInput = z.infer<typeof createNetworkContract.input>;

export const removeNetworkContract = defineContract("network.remove", "operator", "DELETE /api/v1/networks/:id", {
  input: z.strictObject({ id: z.string().min(1) }),
  cli: (_v, name) => cliCommand(["docker", "network", "rm", name]),
});
