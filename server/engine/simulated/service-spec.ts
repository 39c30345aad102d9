// What the engine compares between two service specs: what makes tasks dirty, the mode, and the attributes of a service update event.
import type { EngineService, EngineServiceSpec } from "../../../lib/engine-types";

/** What makes tasks dirty: the task template and the published ports. */
export function templateKey(spec: EngineServiceSpec): string {
  return JSON.stringify([spec.TaskTemplate, spec.EndpointSpec?.Ports ?? []]);
}

export function modeOf(spec: EngineServiceSpec): string {
  return Object.keys(spec.Mode).find((k) => spec.Mode[k as keyof typeof spec.Mode]) ?? "";
}

/** The attributes of a service update event, as the daemon computes them (image, replicas, update state changes). */
export function updateAttributes(before: EngineService, after: EngineService): Record<string, string> {
  const attributes: Record<string, string> = { name: after.Spec.Name };
  const image = (s: EngineService) => s.Spec.TaskTemplate.ContainerSpec?.Image ?? "";
  if (image(before) !== image(after)) Object.assign(attributes, { "image.old": image(before), "image.new": image(after) });
  const replicas = (s: EngineService) => s.Spec.Mode.Replicated?.Replicas;
  if (after.Spec.Mode.Replicated) {
    if (!before.Spec.Mode.Replicated) attributes["replicas.new"] = String(replicas(after) ?? 1);
    else if (replicas(before) !== replicas(after)) Object.assign(attributes, { "replicas.old": String(replicas(before) ?? 1), "replicas.new": String(replicas(after) ?? 1) });
  }
  if (after.UpdateStatus?.State) {
    if (!before.UpdateStatus?.State) attributes["updatestate.new"] = after.UpdateStatus.State;
    else if (before.UpdateStatus.State !== after.UpdateStatus.State)
      Object.assign(attributes, { "updatestate.old": before.UpdateStatus.State, "updatestate.new": after.UpdateStatus.State });
  }
  return attributes;
}
