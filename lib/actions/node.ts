// The node actions' contracts: availability, role (promote/demote), labels, removal — input, route, role and the docker CLI each stands for.
import { z } from "zod";
import { cliCommand } from "../shell-quote";
import { defineContract } from "./contract";
import { labelMap } from "./schemas";

const id = z.string().min(1);

export const nodeAvailabilityContract = defineContract("node.availability", "operator", "POST /api/v1/nodes/:id/availability", {
  input: z.strictObject({ id, availability: z.enum(["active", "pause", "drain"]) }),
  cli: ({ availability }, name) => cliCommand(["docker", "node", "update", "--availability", availability, name]),
});

export const nodeRoleContract = defineContract("node.role", "admin", "POST /api/v1/nodes/:id/role", {
  input: z.strictObject({ id, role: z.enum(["manager", "worker"]) }),
  cli: ({ role }, name) => cliCommand(["docker", "node", role === "manager" ? "promote" : "demote", name]),
});

export const nodeLabelsContract = defineContract("node.labels", "operator", "POST /api/v1/nodes/:id/labels", {
  input: z.strictObject({ id, add: labelMap.optional(), remove: z.array(z.string().min(1).max(256)).max(64).optional() }),
  cli: ({ add = {}, remove = [] }, name) => {
    const args = ["docker", "node", "update"];
    for (const [k, v] of Object.entries(add)) args.push("--label-add", `${k}=${v}`);
    for (const k of remove) args.push("--label-rm", k);
    args.push(name);
    return cliCommand(args);
  },
});

export const removeNodeContract = defineContract("node.remove", "admin", "DELETE /api/v1/nodes/:id", {
  input: z.strictObject({ id, confirm: z.string().max(256) }),
  cli: (_v, name) => cliCommand(["docker", "node", "rm", name]),
});
