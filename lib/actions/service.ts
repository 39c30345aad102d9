// The service actions' contracts: create, scale, update, rollback, redeploy, remove, networks — input, route, role and the docker CLI each stands for.
import { z } from "zod";
import { cliCommand } from "../shell-quote";
import { defineContract } from "./contract";
import { MAX_REPLICAS } from "./limits";
import {
  argList,
  capability,
  constraint,
  containerUser,
  envMap,
  imageRef,
  labelMap,
  mountList,
  objectName,
  optionalFields,
  portSpec,
  replicas,
  restartPolicy,
  seconds,
  seenVersion,
  serviceName,
  updatePolicy,
} from "./schemas";
import { updateConfigFlags } from "./update-policy";

const id = z.string().min(1);
const secs = (s: number) => `${s}s`;

const createInput = z
  .strictObject({
    name: serviceName,
    image: imageRef,
    mode: z.enum(["replicated", "global"]).default("replicated"),
    ...optionalFields({
      replicas,
      command: argList,
      args: argList,
      env: envMap,
      ports: z.array(portSpec).max(64),
      networks: z.array(objectName).max(32),
      constraints: z.array(constraint).max(32),
      restart: restartPolicy,
      update: updatePolicy,
      labels: labelMap,
      mounts: mountList,
      user: containerUser,
      capAdd: z.array(capability).max(64),
      stopGracePeriod: seconds,
    }),
  })
  .refine((v) => !(v.mode === "global" && v.replicas !== undefined), {
    message: "a global service runs one task per node: leave replicas out",
    path: ["replicas"],
  });

export type CreateServiceInput = z.infer<typeof createInput>;

/** The docker service create command for the input. The server sends the image as given (no registry lookup), hence --no-resolve-image. */
export function createCli(v: CreateServiceInput): string {
  const a = ["docker", "service", "create", "--no-resolve-image", "--name", v.name];
  if (v.mode === "global") a.push("--mode", "global");
  else if (v.replicas !== undefined) a.push("--replicas", String(v.replicas));
  for (const [k, val] of Object.entries(v.env ?? {})) a.push("--env", `${k}=${val}`);
  for (const p of v.ports ?? []) {
    const parts = [`target=${p.target}`];
    if (p.published !== undefined) parts.unshift(`published=${p.published}`);
    parts.push(`protocol=${p.protocol}`, `mode=${p.mode}`);
    a.push("--publish", parts.join(","));
  }
  for (const n of v.networks ?? []) a.push("--network", n);
  for (const c of v.constraints ?? []) a.push("--constraint", c);
  if (v.restart) {
    a.push("--restart-condition", v.restart.condition);
    if (v.restart.delay !== undefined) a.push("--restart-delay", secs(v.restart.delay));
    if (v.restart.maxAttempts !== undefined) a.push("--restart-max-attempts", String(v.restart.maxAttempts));
    if (v.restart.window !== undefined) a.push("--restart-window", secs(v.restart.window));
  }
  a.push(...updateConfigFlags(v.update));
  for (const [k, val] of Object.entries(v.labels ?? {})) a.push("--label", `${k}=${val}`);
  for (const m of v.mounts ?? []) a.push("--mount", `type=${m.type}${"source" in m ? `,source=${m.source}` : ""},target=${m.target}${m.readOnly ? ",readonly" : ""}`);
  if (v.user) a.push("--user", v.user);
  for (const c of v.capAdd ?? []) a.push("--cap-add", c);
  if (v.stopGracePeriod !== undefined) a.push("--stop-grace-period", secs(v.stopGracePeriod));
  // The entrypoint is one flag value that the CLI splits into words as a shell would (shlex).
  if (v.command?.length) a.push("--entrypoint", cliCommand(v.command));
  a.push(v.image);
  if (v.args?.length) a.push(...v.args);
  return cliCommand(a);
}

export const createServiceContract = defineContract("service.create", "operator", "POST /api/v1/services", {
  input: createInput,
  cli: (v) => createCli(v),
});

export const scaleServiceContract = defineContract("service.scale", "operator", "POST /api/v1/services/:id/scale", {
  input: z.strictObject({ id, replicas: z.number().int().min(0).max(MAX_REPLICAS) }),
  cli: ({ replicas }, name) => cliCommand(["docker", "service", "scale", `${name}=${replicas}`]),
});

const names = z.array(z.string().min(1).max(256)).max(64);

const updateInput = z.strictObject({
  id,
  ...optionalFields({
    image: imageRef,
    envAdd: envMap,
    envRemove: names,
    labelAdd: labelMap,
    labelRemove: names,
    constraintAdd: z.array(constraint).max(32),
    constraintRemove: z.array(constraint).max(32),
    update: updatePolicy,
  }),
  version: seenVersion,
});
export type UpdateServiceInput = z.infer<typeof updateInput>;

export function updateCli(name: string, v: UpdateServiceInput): string {
  const a = ["docker", "service", "update"];
  if (v.image) a.push("--no-resolve-image", "--image", v.image);
  for (const [k, val] of Object.entries(v.envAdd ?? {})) a.push("--env-add", `${k}=${val}`);
  for (const k of v.envRemove ?? []) a.push("--env-rm", k);
  for (const [k, val] of Object.entries(v.labelAdd ?? {})) a.push("--label-add", `${k}=${val}`);
  for (const k of v.labelRemove ?? []) a.push("--label-rm", k);
  for (const c of v.constraintAdd ?? []) a.push("--constraint-add", c);
  for (const c of v.constraintRemove ?? []) a.push("--constraint-rm", c);
  a.push(...updateConfigFlags(v.update));
  a.push(name);
  return cliCommand(a);
}

export const updateServiceContract = defineContract("service.update", "operator", "POST /api/v1/services/:id/update", {
  input: updateInput,
  cli: (v, name) => updateCli(name, v),
});

export const rollbackServiceContract = defineContract("service.rollback", "operator", "POST /api/v1/services/:id/rollback", {
  input: z.strictObject({ id, version: seenVersion }),
  cli: (_v, name) => cliCommand(["docker", "service", "rollback", name]),
});

export const redeployServiceContract = defineContract("service.redeploy", "operator", "POST /api/v1/services/:id/redeploy", {
  input: z.strictObject({ id, version: seenVersion }),
  cli: (_v, name) => cliCommand(["docker", "service", "update", "--force", name]),
});

export const removeServiceContract = defineContract("service.remove", "operator", "DELETE /api/v1/services/:id", {
  input: z.strictObject({ id, confirm: z.string().max(256) }),
  cli: (_v, name) => cliCommand(["docker", "service", "rm", name]),
});

export const serviceNetworksContract = defineContract("service.networks", "operator", "POST /api/v1/services/:id/networks", {
  input: z.strictObject({ id, add: z.array(objectName).max(16).optional(), remove: z.array(objectName).max(16).optional() }),
  cli: ({ add = [], remove = [] }, name) => {
    const args = ["docker", "service", "update"];
    for (const n of add) args.push("--network-add", n);
    for (const n of remove) args.push("--network-rm", n);
    args.push(name);
    return cliCommand(args);
  },
});
