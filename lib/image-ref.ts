// Docker image references by the distribution/reference grammar ([host[:port]/]path[:tag][@digest]), parsed piece by piece in linear time (pure).

/** How long a reference may be here; distribution caps the name part at 255. */
export const MAX_IMAGE_REF = 512;
const MAX_NAME = 255;

/** Lowercase letters and digits, joined by one . or _, two __, or any number of -; each repetition starts with a separator, so no backtracking blow-up. */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const IPV6_HOST = /^\[[a-fA-F0-9:]+\]$/;
const PORT = /^[0-9]+$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

export const IMAGE_REF_HINT = "e.g. nginx:1.25, registry:5000/team/app@sha256:…";

/** registry.example.com, localhost:5000, [::1]:5000 */
function isDomain(s: string): boolean {
  const colon = s.lastIndexOf(":");
  const host = colon > s.lastIndexOf("]") ? s.slice(0, colon) : s;
  if (host !== s && !PORT.test(s.slice(colon + 1))) return false;
  if (IPV6_HOST.test(host)) return true;
  return host.split(".").every((label) => DOMAIN_LABEL.test(label));
}

/** Why `ref` is not an image reference the docker CLI would parse, or null when it is one. */
export function imageRefProblem(ref: string): string | null {
  if (ref === "") return "must not be empty";
  if (ref.length > MAX_IMAGE_REF) return `at most ${MAX_IMAGE_REF} characters`;
  let rest = ref;
  const at = ref.indexOf("@");
  if (at !== -1) {
    const digest = ref.slice(at + 1);
    if (!DIGEST.test(digest)) return `the digest "${digest}" must be algorithm:hex (${IMAGE_REF_HINT})`;
    rest = ref.slice(0, at);
  }
  let name = rest;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    const tag = rest.slice(colon + 1);
    if (!TAG.test(tag)) return `the tag "${tag}" must be letters, digits, _ . or - (at most 128, not starting with . or -)`;
    name = rest.slice(0, colon);
  }
  if (name.length > MAX_NAME) return `the repository name is over ${MAX_NAME} characters`;
  const parts = name.split("/");
  const first = parts.length > 1 && !PATH_COMPONENT.test(parts[0]) && isDomain(parts[0]) ? 1 : 0;
  for (const part of parts.slice(first)) {
    if (!PATH_COMPONENT.test(part)) {
      return `"${part}" is not a repository path component: lowercase letters and digits, separated by . _ __ or - (${IMAGE_REF_HINT})`;
    }
  }
  if (/^[a-f0-9]{64}$/.test(name)) return "a 64-character hexadecimal name is an image ID, not a reference";
  return null;
}

export function isImageRef(ref: string): boolean {
  return imageRefProblem(ref) === null;
}
