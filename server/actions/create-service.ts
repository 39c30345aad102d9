// Action: create a service (docker service create), from a form's worth of fields.
import type { EngineServiceSpec } from "../../lib/engine-types";
import { ActionError, defineAction } from "./action";
import { updateConfigSpec } from "../../lib/actions/update-policy";
import { NS } from "../../lib/actions/schemas";
import { enforceRunPolicy, runOfServiceSpec } from "./run-check";
import { createCli, createServiceContract, type CreateServiceInput } from "../../lib/actions/service";

type Input = CreateServiceInput;

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

export { createCli };

export const createService = defineAction(createServiceContract, {
  async run(v, { engine, view, policy }) {
    const spec = serviceSpec(v);
    enforceRunPolicy([runOfServiceSpec(spec, view, CREATE_FIELDS)], policy, "service.create");
    if (Object.values(view.services).some((s) => s.name === v.name)) {
      throw new ActionError(409, `a service named ${v.name} already exists`, "name");
    }
    const missing = (v.networks ?? []).filter((n) => !Object.values(view.networks).some((net) => net.name === n || net.id === n || net.id.startsWith(n)));
    if (missing.length) throw new ActionError(404, `no such network: ${missing.join(", ")}`, "networks");
    if (v.command && v.command.length === 0 && v.args === undefined) {
      throw new ActionError(400, "command: give at least one word, or leave it out to use the image's", "command");
    }
    const created = await engine.createService(spec);
    return {
      message: `created ${v.name}`,
      target: { kind: "service", id: created.ID, name: v.name },
      done: [`created service ${v.name} (${created.ID.slice(0, 12)})`],
      warnings: created.Warnings ?? [],
    };
  },
});
