// What the visualizer shows, as kept in the URL (?q=, ?service=, ?stack=, ?history=1), and which services it lets through.
import type { ServiceView } from "@/lib/model-types";

export interface ViewFilter {
  /** Case-insensitive substring of the service name or stack name; "" for none. */
  q: string;
  /** Exact service name (a legend click), or null. */
  service: string | null;
  /** Exact stack name (links from the Stacks page), or null. */
  stack: string | null;
  /** Show stopped tasks too. */
  history: boolean;
}

export const NO_FILTER: ViewFilter = { q: "", service: null, stack: null, history: false };

interface ParamsReader {
  get(name: string): string | null;
}

const nonEmpty = (value: string | null): string | null => (value && value.trim() !== "" ? value : null);

export function filterFromParams(params: ParamsReader): ViewFilter {
  const history = params.get("history");
  return {
    q: params.get("q")?.trim() ?? "",
    service: nonEmpty(params.get("service")),
    stack: nonEmpty(params.get("stack")),
    history: history === "1" || history === "true",
  };
}

/**
 * The query string (without "?") after applying `patch`, keeping any parameters this view does not own.
 * Empty values are dropped so that a clean view has a clean URL.
 */
export function queryWithFilter(current: string, patch: Partial<ViewFilter>): string {
  const params = new URLSearchParams(current);
  const set = (name: string, value: string | null) => {
    if (value === null || value === "") params.delete(name);
    else params.set(name, value);
  };
  if ("q" in patch) set("q", patch.q?.trim() ?? "");
  if ("service" in patch) set("service", patch.service ?? null);
  if ("stack" in patch) set("stack", patch.stack ?? null);
  if ("history" in patch) set("history", patch.history ? "1" : null);
  return params.toString();
}

/** Whether any filter narrows the services shown (history alone does not). */
export function narrowsServices(filter: ViewFilter): boolean {
  return filter.q !== "" || filter.service !== null || filter.stack !== null;
}

/** Whether a service passes the filter; all parts must hold. */
export function serviceMatches(service: ServiceView | undefined, filter: ViewFilter): boolean {
  if (!narrowsServices(filter)) return true;
  if (!service) return false;
  if (filter.service !== null && service.name !== filter.service) return false;
  if (filter.stack !== null && service.stack !== filter.stack) return false;
  if (filter.q !== "") {
    const q = filter.q.toLowerCase();
    const inName = service.name.toLowerCase().includes(q);
    const inStack = service.stack !== null && service.stack.toLowerCase().includes(q);
    if (!inName && !inStack) return false;
  }
  return true;
}
