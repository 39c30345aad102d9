// Whether two model values hold the same data, as comparing their JSON would say, without serializing them: the reducer's "did it change?".
/**
 * Plain JSON-like data only (what views are): members set to undefined count as absent, as in JSON; key order
 * does not matter (JSON text would differ, but no value changed).
 */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let members = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    if (!same(x[key], y[key])) return false;
    members++;
  }
  for (const key in y) if (y[key] !== undefined) members--;
  return members === 0;
}
