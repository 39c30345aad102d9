// Action: change a service's spec — image (a rolling update), env, labels, constraints, update policy (docker service update).
import type { EngineServiceSpec } from "../../lib/engine-types";
import { ActionError, defineAction } from "./action";
import { updateConfigSpec } from "../../lib/actions/update-policy";
import { findService } from "./targets";
import { updateServiceSpec } from "./versioned-update";
import { enforceRunPolicy, runOfServiceSpec } from "./run-check";
import { updateCli, updateServiceContract, type UpdateServiceInput } from "../../lib/actions/service";

type Input = UpdateServiceInput;

function withEnv(env: string[], add: Record<string, string>, remove: string[]): string[] {
  const drop = new Set([...remove, ...Object.keys(add)]);
  return [...env.filter((e) => !drop.has(e.split("=")[0])), ...Object.entries(add).map(([k, v]) => `${k}=${v}`)];
}

export function applyUpdate(spec: EngineServiceSpec, v: Input): EngineServiceSpec {
  const cs = spec.TaskTemplate.ContainerSpec ?? {};
  const labels = { ...(spec.Labels ?? {}) };
  for (const k of v.labelRemove ?? []) delete labels[k];
  Object.assign(labels, v.labelAdd ?? {});
  const removed = new Set((v.constraintRemove ?? []).map((c) => c.replace(/\s+/g, "")));
  const constraints = (spec.TaskTemplate.Placement?.Constraints ?? []).filter((c) => !removed.has(c.replace(/\s+/g, "")));
  for (const c of v.constraintAdd ?? []) if (!constraints.includes(c)) constraints.push(c);
  const u = v.update;
  return {
    ...spec,
    Labels: labels,
    TaskTemplate: {
      ...spec.TaskTemplate,
      ContainerSpec: {
        ...cs,
        Image: v.image ?? cs.Image,
        Env: v.envAdd || v.envRemove ? withEnv(cs.Env ?? [], v.envAdd ?? {}, v.envRemove ?? []) : cs.Env,
      },
      Placement: { ...spec.TaskTemplate.Placement, Constraints: constraints },
    },
    UpdateConfig: u ? updateConfigSpec(u, spec.UpdateConfig) : spec.UpdateConfig,
  };
}

export { updateCli };

export const updateService = defineAction(updateServiceContract, {
  async run(v, { engine, view, policy }) {
    const fields = Object.keys(v).filter((k) => k !== "id" && k !== "version");
    if (fields.length === 0)
      throw new ActionError(400, "nothing to change: give image, envAdd, envRemove, labelAdd, labelRemove, constraintAdd, constraintRemove or update", "body");
    const service = await findService(engine, v.id);
    const name = service.Spec.Name;
    const { before, warnings } = await updateServiceSpec(
      engine,
      service.ID,
      (spec) => {
        const next = applyUpdate(spec, v);
        // What the service already asked of its node stays (an admin set it); anything new must pass the caller's role.
        enforceRunPolicy([runOfServiceSpec(next, view)], policy, "service.update", [runOfServiceSpec(spec, view)]);
        return next;
      },
      { expectedVersion: v.version },
    );
    const oldImage = before.spec.TaskTemplate.ContainerSpec?.Image ?? "";
    return {
      message: v.image ? `${name}: rolling update ${oldImage.split("@")[0]} → ${v.image}` : `${name} updated (${fields.join(", ")})`,
      target: { kind: "service", id: service.ID, name },
      done: [`updated ${fields.join(", ")} of ${name}`],
      warnings,
    };
  },
});
