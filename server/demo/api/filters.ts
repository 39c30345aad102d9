// The Engine API's `filters` query parameter: JSON of name → values (as {"v": true} or ["v"]), and the matchers the engine applies.
import { ApiError } from "./call";

export type Filters = Map<string, string[]>;

/** Parses `filters` as the engine does; a malformed value is a 400 naming the parameter, unknown names are refused per endpoint by `allow`. */
export function parseFilters(raw: string | null, allowed: readonly string[]): Filters {
  const out: Filters = new Map();
  if (!raw) return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ApiError(400, `invalid filter: ${raw.length > 80 ? raw.slice(0, 80) + "…" : raw}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new ApiError(400, "invalid filter: filters must be an object");
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    let values: string[];
    if (Array.isArray(value)) values = value.map(String);
    else if (value && typeof value === "object")
      values = Object.entries(value as Record<string, unknown>)
        .filter(([, on]) => on === true)
        .map(([v]) => v);
    else throw new ApiError(400, `invalid filter '${name}'`);
    if (!allowed.includes(name)) throw new ApiError(400, `invalid filter '${name}'`);
    if (values.length > 0) out.set(name, values);
  }
  return out;
}

/** "key" or "key=value" filters against a label map: every one must hold. */
export function labelsMatch(wanted: string[] | undefined, labels: Record<string, string> | null | undefined): boolean {
  if (!wanted) return true;
  const have = labels ?? {};
  return wanted.every((w) => {
    const eq = w.indexOf("=");
    if (eq === -1) return Object.hasOwn(have, w);
    const key = w.slice(0, eq);
    return Object.hasOwn(have, key) && have[key] === w.slice(eq + 1);
  });
}

/** At least one wanted value is a prefix of `value` (name and ID filters of swarm objects). */
export function prefixMatch(wanted: string[] | undefined, ...values: (string | undefined)[]): boolean {
  if (!wanted) return true;
  return wanted.some((w) => values.some((v) => v !== undefined && v.startsWith(w)));
}

/** At least one wanted value equals one of `values`. */
export function exactMatch(wanted: string[] | undefined, ...values: (string | undefined)[]): boolean {
  if (!wanted) return true;
  return wanted.some((w) => values.includes(w));
}

/** At least one wanted value is contained in `value` (network name filters). */
export function containsMatch(wanted: string[] | undefined, value: string): boolean {
  if (!wanted) return true;
  return wanted.some((w) => value.includes(w));
}
