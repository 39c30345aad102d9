// The service legend's entries: one per service, grouped by stack, with running/desired counts in words.
import type { ServiceView } from "@/lib/model-types";
import { MISSING } from "@/components/ui/format";
import { compareServices } from "./service-order";
import { serviceMatches, type ViewFilter } from "./view-filter";

export interface LegendEntry {
  service: ServiceView;
  /** "4/6", "—/6", "—" … */
  counts: string;
  /** "global", "job" …; null for plain replicated services. */
  modeTag: string | null;
  /** All running tasks are up (and at least one is wanted). */
  healthy: boolean;
  /** Passes the current filter (others are drawn dimmed). */
  matches: boolean;
  /** This entry is the active ?service= filter. */
  selected: boolean;
  /** What keeps the service below its desired count (the engine's error), or null. */
  problem: string | null;
  /** The stack's name on the first entry of each stack's group (the legend labels the group there), else null. */
  stackStart: string | null;
}

const NO_PROBLEMS: ReadonlyMap<string, string> = new Map();

const MODE_TAGS: Record<ServiceView["mode"], string | null> = {
  replicated: null,
  global: "global",
  "replicated-job": "job",
  "global-job": "global job",
};

/** running/desired, with "—" for a count the engine did not give. */
export function countsText(service: Pick<ServiceView, "running" | "desired">): string {
  if (service.running === null && service.desired === null) return MISSING;
  return `${service.running ?? MISSING}/${service.desired ?? MISSING}`;
}

/** `problems`: service id → reason (failures.ts findFailures). */
export function legendEntries(services: Iterable<ServiceView>, filter: ViewFilter, problems: ReadonlyMap<string, string> = NO_PROBLEMS): LegendEntry[] {
  return [...services].sort(compareServices).map((service, i, sorted) => ({
    service,
    counts: countsText(service),
    modeTag: service.mode in MODE_TAGS ? MODE_TAGS[service.mode] : String(service.mode),
    healthy: service.running !== null && service.desired !== null && service.desired > 0 && service.running >= service.desired,
    matches: serviceMatches(service, filter),
    selected: filter.service === service.name,
    problem: problems.get(service.id) ?? null,
    stackStart: service.stack && sorted[i - 1]?.stack !== service.stack ? service.stack : null,
  }));
}
