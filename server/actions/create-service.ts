// Action: create a service (docker service create), from a form's worth of fields.
import { z } from "zod";
import type { EngineServiceSpec } from "../../lib/engine-types";
import { cliCommand } from "../../lib/shell-quote";
import { ActionError, defineAction } from "./action";
import { updateConfigFlags, updateConfigSpec } from "./update-policy";
import {
  argList,
  constraint,
  envMap,
  imageRef,
  labelMap,
  NS,
  objectName,
  portSpec,
  replicas,
  restartPolicy,
  seconds,
  serviceName,
  updatePolicy,
  mountList,
  capability,
  containerUser,
} from "./schemas";
import { enforceRunPolicy, runOfServiceSpec } from "./run-check";

const input = z
  .strictObject({
    name: serviceName,
    image: imageRef,
    mode: z.enum(["replicated", "global"]).default("replicated"),
    replicas: replicas.optional(),
    command: argList.optional(),
    args: argList.optional(),
    env: envMap.optional(),
    ports: z.array(portSpec).max(64).optional(),
    networks: z.array(objectName).max(32).optional(),
    constraints: z.array(constraint).max(32).optional(),
    restart: restartPolicy.optional(),
    update: updatePolicy.optional(),
    labels: labelMap.optional(),
    mounts: mountList.optional(),
    user: containerUser.optional(),
    capAdd: z.array(capability).max(64).optional(),
    stopGracePeriod: seconds.optional(),
  })
  .refine((v) => !(v.mode === "global" && v.replicas !== undefined), {
    message: "a global service runs one task per node: leave replicas out",
    path: ["replicas"],
  });

type Input = z.infer<typeof input>;

const secs = (s: number) => `${s}s`;

/** The Engine API spec for the input. */
export function serviceSpec(v: Input): EngineServiceSpec {
  const spec: EngineServiceSpec = {
    Name: v.name,
    Labels: v.labels ?? {},
    TaskTemplate: {
      ContainerSpec: {
        Image: v.image,
        ...(v.command ? { Command: v.command } : {}),
        ...(v.args ? { Args: v.args } : {}),
        ...(v.env ? { Env: Object.entries(v.env).map(([k, val]) => `${k}=${val}`) } : {}),
        ...(v.mounts ? { Mounts: v.mounts.map((m) => ({ Type: m.type, ...("source" in m ? { Source: m.source } : {}), Target: m.target, ReadOnly: m.readOnly })) } : {}),
        ...(v.user ? { User: v.user } : {}),
        ...(v.capAdd?.length ? { CapabilityAdd: v.capAdd } : {}),
        ...(v.stopGracePeriod !== undefined ? { StopGracePeriod: v.stopGracePeriod * NS } : {}),
      },
      ...(v.constraints ? { Placement: { Constraints: v.constraints } } : {}),
      ...(v.networks ? { Networks: v.networks.map((n) => ({ Target: n })) } : {}),
      ...(v.restart
        ? {
            RestartPolicy: {
              Condition: v.restart.condition,
              ...(v.restart.delay !== undefined ? { Delay: v.restart.delay * NS } : {}),
              ...(v.restart.maxAttempts !== undefined ? { MaxAttempts: v.restart.maxAttempts } : {}),
              ...(v.restart.window !== undefined ? { Window: v.restart.window * NS } : {}),
            },
          }
        : {}),
    },
    Mode: v.mode === "global" ? { Global: {} } : { Replicated: { Replicas: v.replicas ?? 1 } },
    ...(v.update ? { UpdateConfig: updateConfigSpec(v.update) } : {}),
    ...(v.ports
      ? {
          EndpointSpec: {
            Ports: v.ports.map((p) => ({
              Protocol: p.protocol,
              TargetPort: p.target,
              ...(p.published !== undefined ? { PublishedPort: p.published } : {}),
              PublishMode: p.mode,
            })),
          },
        }
      : {}),
  };
  return spec;
}

/** The create API's own names for the spec fields the run policy looks at. */
const CREATE_FIELDS = { mount: (i: number) => `mounts[${i}]`, user: "user", capAdd: "capAdd", network: (i: number) => `networks[${i}]`, privileges: "privileges" };

/** The docker service create command for the input. */
export function createCli(v: Input): string {
  const a = ["docker", "service", "create", "--name", v.name];
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
  a.push(v.image);
  if (v.command?.length) a.push(...v.command);
  if (v.args?.length) a.push(...v.args);
  return cliCommand(a);
}

export const createService = defineAction({
  name: "service.create",
  role: "operator",
  method: "POST",
  path: "/api/v1/services",
  input,
  async run(v, { engine, view, nudge, policy }) {
    const spec = serviceSpec(v);
    enforceRunPolicy([runOfServiceSpec(spec, view, CREATE_FIELDS)], policy, "service.create");
    if (Object.values(view.services).some((s) => s.name === v.name)) {
      throw new ActionError(409, `a service named ${v.name} already exists`, "name");
    }
    const missing = (v.networks ?? []).filter(
      (n) => !Object.values(view.networks).some((net) => net.name === n || net.id === n || net.id.startsWith(n)),
    );
    if (missing.length) throw new ActionError(404, `no such network: ${missing.join(", ")}`, "networks");
    if (v.command && v.command.length === 0 && v.args === undefined) {
      throw new ActionError(400, "command: give at least one word, or leave it out to use the image's", "command");
    }
    nudge();
    const created = await engine.createService(spec);
    nudge();
    return {
      ok: true,
      action: "service.create",
      cli: createCli(v),
      message: `created ${v.name}`,
      target: { kind: "service", id: created.ID, name: v.name },
      done: [`created service ${v.name} (${created.ID.slice(0, 12)})`],
      notDone: [],
      warnings: created.Warnings ?? [],
    };
  },
});
