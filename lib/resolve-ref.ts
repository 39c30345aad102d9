// Finds an object by what a person typed, the way the docker CLI does: full ID, then exact name, then a unique ID prefix.

/** The object `ref` names, or null when none (or an ambiguous prefix). */
export function resolveRef<T extends { id: string }>(items: Record<string, T>, ref: string, nameOf: (item: T) => string): T | null {
  if (!ref) return null;
  if (items[ref]) return items[ref];
  const all = Object.values(items);
  const byName = all.filter((item) => nameOf(item) === ref);
  if (byName.length === 1) return byName[0];
  const byPrefix = all.filter((item) => item.id.startsWith(ref));
  return byPrefix.length === 1 ? byPrefix[0] : null;
}

/** A route parameter as typed (percent-decoded when it can be). */
export function decodeParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
