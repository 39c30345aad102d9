// How the engine resolves a reference to a swarm object: the full ID, then the exact name, then a unique ID prefix.
export function resolveRef<T>(ref: string, byId: ReadonlyMap<string, T>, nameOf: (item: T) => string | undefined): T | null {
  if (!ref) return null;
  const exact = byId.get(ref);
  if (exact) return exact;
  for (const item of byId.values()) if (nameOf(item) === ref) return item;
  let found: T | null = null;
  for (const [id, item] of byId) {
    if (!id.startsWith(ref)) continue;
    if (found) return null; // ambiguous: more than one ID starts with it
    found = item;
  }
  return found;
}
