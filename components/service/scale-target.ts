// What the +/− buttons scale to: clicks add up to one target, counted from the last target sent until the model shows it; pure.
import type { ServiceView } from "@/lib/model-types";

/** The server's default bound on replicas (SWARMSCOPE_MAX_REPLICAS may lower or raise it; the server has the last word). */
export const MAX_REPLICAS = 1000;

export interface SentScale {
  replicas: number;
  /** The service's version when the target was sent. */
  version: number;
}

/** Why a service cannot be scaled, in words; null for a replicated service. */
export function scaleBlock(service: ServiceView): string | null {
  switch (service.mode) {
    case "replicated":
      return null;
    case "global":
      return `${service.name} is a global service: it runs one task on every eligible node, so it cannot be scaled (use placement constraints or node availability)`;
    default:
      return `${service.name} is a ${service.mode} service: only replicated services can be scaled`;
  }
}

/** A target not sent yet wins; then one sent that the model does not show yet (same version); then the spec's replicas. */
export function scaleBase(service: ServiceView, pending: number | undefined, sent: SentScale | undefined): number {
  if (pending !== undefined) return pending;
  if (sent && service.version <= sent.version) return sent.replicas;
  return service.replicas ?? 0;
}

export function nextTarget(base: number, delta: number, max = MAX_REPLICAS): number {
  return Math.min(max, Math.max(0, base + delta));
}
