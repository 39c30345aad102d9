// Input rules shared by actions, after Docker's own: names, image references, labels, env, ports, mounts, constraints.
import { z } from "zod";
import { MAX_REPLICAS } from "./limits";

/** swarmkit's rule for service names: letters and digits, with - or _ between them; at most 63 characters. */
export const serviceName = z
  .string()
  .max(63, "at most 63 characters")
  .regex(/^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$/, "letters and digits, with - or _ between them (Docker's service name rule)");

/** Names of networks and volumes: [a-zA-Z0-9][a-zA-Z0-9_.-]*. */
export const objectName = z
  .string()
  .max(255)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, "must start with a letter or digit, then letters, digits, _ . or -");

const domain = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?";
const pathPart = "[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*";
const tag = "[\\w][\\w.-]{0,127}";
const digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
const REFERENCE = new RegExp(`^(?:${domain}/)?${pathPart}(?:/${pathPart})*(?::${tag})?(?:@${digest})?$`);

/** An image reference as the docker CLI parses it (registry/path:tag@digest). */
export const imageRef = z
  .string()
  .min(1, "must not be empty")
  .max(512)
  .regex(REFERENCE, "not a valid image reference (e.g. nginx:1.25, registry:5000/team/app@sha256:…)");

export const replicas = z.number().int().min(0).max(MAX_REPLICAS);

/** Label maps: keys without "=" or white space. */
export const labelMap = z.record(
  z.string().min(1).max(256).regex(/^[^=\s]+$/, "label keys cannot contain = or spaces"),
  z.string().max(4096),
);

/** Environment: NAME → value (NAME without "=" or white space). */
export const envMap = z.record(
  z.string().min(1).max(256).regex(/^[^=\s]+$/, "variable names cannot contain = or spaces"),
  z.string().max(32_768),
);

/** A placement constraint: attribute == value or attribute != value. */
export const constraint = z
  .string()
  .max(512)
  .regex(/^[A-Za-z0-9_.-]+\s*(==|!=)\s*\S.*$/, "write constraints as attribute==value or attribute!=value (e.g. node.role==worker)");

const port = z.number().int().min(1).max(65535);

export const portSpec = z.strictObject({
  target: port,
  published: port.optional(),
  protocol: z.enum(["tcp", "udp", "sctp"]).default("tcp"),
  mode: z.enum(["ingress", "host"]).default("ingress"),
});

export const volumeMount = z.strictObject({
  source: objectName,
  target: z.string().max(4096).regex(/^\/\S*$/, "must be an absolute path inside the container"),
  readOnly: z.boolean().default(false),
});

/** Seconds, like the CLI's durations (10s), up to a day. */
export const seconds = z.number().min(0).max(86_400);

export const restartPolicy = z.strictObject({
  condition: z.enum(["none", "on-failure", "any"]).default("any"),
  delay: seconds.optional(),
  maxAttempts: z.number().int().min(0).max(1_000_000).optional(),
  window: seconds.optional(),
});

export const updatePolicy = z.strictObject({
  parallelism: z.number().int().min(0).max(MAX_REPLICAS).optional(),
  delay: seconds.optional(),
  failureAction: z.enum(["pause", "continue", "rollback"]).optional(),
  order: z.enum(["stop-first", "start-first"]).optional(),
  monitor: seconds.optional(),
});

/** An argument list (command or args): plain strings, no shell involved. */
export const argList = z.array(z.string().max(4096)).max(256);

export const NS = 1e9;
