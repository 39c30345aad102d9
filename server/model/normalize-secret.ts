// Turns an Engine API secret or config into its model view: name, labels, stack, driver — never its data (pure).
import type { EngineSecret } from "../../lib/engine-types";
import type { SecretView } from "../../lib/model-types";
import { STACK_LABEL } from "./normalize";

export function normalizeSecret(s: EngineSecret): SecretView {
  const labels = s.Spec.Labels ? { ...s.Spec.Labels } : {};
  return {
    id: s.ID,
    version: s.Version?.Index ?? 0,
    name: s.Spec.Name,
    labels,
    stack: labels[STACK_LABEL] ?? null,
    driver: s.Spec.Driver?.Name || null,
    createdAt: s.CreatedAt,
    updatedAt: s.UpdatedAt,
  };
}
