// The grammar of references to Engine API objects (IDs, ID prefixes, names, hostnames) that may become a path segment.
/**
 * Every swarm object the Engine API looks up by path (node, service, task, network, secret, config, volume,
 * container) is named by an ID (hex or base-36), an ID prefix, or a name/hostname. All of those fit
 * `[A-Za-z0-9][A-Za-z0-9_.-]*` (Docker's own name rule, which hostnames and IDs also satisfy); anything else —
 * slashes, percent signs, dots first (`..`), NUL, spaces, non-ASCII — is refused before any I/O.
 */
const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Longer than any ID (64) or hostname (253): refused without looking further. */
export const MAX_REFERENCE_LENGTH = 255;

/** Why `value` cannot name an engine object, or null when it can. Linear in its length (one anchored character class). */
export function referenceProblem(value: unknown): string | null {
  if (typeof value !== "string" || value === "") return "is required";
  if (value.length > MAX_REFERENCE_LENGTH) return `is longer than ${MAX_REFERENCE_LENGTH} characters`;
  if (!REFERENCE.test(value)) return "is not an ID or name (letters, digits, '_', '.' and '-', starting with a letter or digit)";
  return null;
}

export function isReference(value: unknown): value is string {
  return referenceProblem(value) === null;
}
