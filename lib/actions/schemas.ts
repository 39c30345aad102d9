// Input rules shared by actions, after Docker's own: names, image references, labels, env, ports, mounts, constraints.
import { z } from "zod";
import { DNS_COMPONENT, MAX_DNS_COMPONENT } from "../docker-names";
import { imageRefProblem, MAX_IMAGE_REF } from "../image-ref";
import { MAX_REPLICAS } from "./limits";

/** swarmkit's rule for service names: letters and digits, with - or _ between them; at most 63 characters. */
export const serviceName = z
  .string()
  .max(MAX_DNS_COMPONENT, "at most 63 characters")
  .regex(DNS_COMPONENT, "letters and digits, with - or _ between them (Docker's service name rule)");

/** Names of networks and volumes: [a-zA-Z0-9][a-zA-Z0-9_.-]*. */
export const objectName = z
  .string()
  .max(255)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, "must start with a letter or digit, then letters, digits, _ . or -");

/** An image reference as the docker CLI parses it (registry/path:tag@digest); see server/stacks/image-ref.ts. */
export const imageRef = z
  .string()
  .min(1, "must not be empty")
  .max(MAX_IMAGE_REF)
  .superRefine((ref, ctx) => {
    const problem = imageRefProblem(ref);
    if (problem) ctx.addIssue({ code: "custom", message: `not a valid image reference: ${problem}` });
  });

export const replicas = z.number().int().min(0).max(MAX_REPLICAS);

/**
 * Label maps. Keys: a letter or digit, then letters, digits and . _ - / : (reverse-DNS keys like com.example.team, traefik.http.routers.web.rule);
 * no =, white space or shell characters. Values are free text (the CLI command shown quotes them).
 */
export const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/:-]*$/;
export const labelMap = z.record(
  z.string().min(1).max(256).regex(LABEL_KEY, "label keys are letters, digits and . _ - / : starting with a letter or digit (no =, spaces or shell characters)"),
  z.string().max(4096),
);

/** Environment: NAME → value (NAME without "=" or white space). */
export const envMap = z.record(
  z
    .string()
    .min(1)
    .max(256)
    .regex(/^[^=\s]+$/, "variable names cannot contain = or spaces"),
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

const containerPath = z
  .string()
  .max(4096)
  .regex(/^\/\S*$/, "must be an absolute path inside the container");

/** A mount: a named volume (the default), a bind of a node's folder (admin-only unless SWARMSCOPE_BIND_PATHS allows it: run-policy.ts), or a tmpfs. */
export const volumeMount = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("volume"), source: objectName, target: containerPath, readOnly: z.boolean().default(false) }),
  z.strictObject({
    type: z.literal("bind"),
    source: z
      .string()
      .max(4096)
      .regex(/^\/[^\0,]*$/, "a bind mount's source is an absolute path on the node (no commas)"),
    target: containerPath,
    readOnly: z.boolean().default(false),
  }),
  z.strictObject({ type: z.literal("tmpfs"), target: containerPath, readOnly: z.boolean().default(false) }),
]);
/** Mounts as the create form sends them: type defaults to volume. */
export const mountList = z.array(z.preprocess((m) => (m && typeof m === "object" && !("type" in m) ? { ...m, type: "volume" } : m), volumeMount)).max(32);

/** A Linux capability, as the CLI takes it (NET_ADMIN or CAP_NET_ADMIN, or ALL). */
export const capability = z.string().regex(/^(CAP_)?[A-Z_]{2,32}$|^ALL$/, "a capability like NET_ADMIN or CAP_NET_ADMIN");
/** A user as ContainerSpec.User takes it: name or uid, with an optional group. */
export const containerUser = z
  .string()
  .max(256)
  .regex(/^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?$/, "a user name or uid, with an optional :group");

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

/** The object's Version.Index as the client saw it; when given, a newer object answers 409 instead of being changed. */
export const seenVersion = z.number().int().min(0).optional();

/** The fields of a shape, each optional (an input's optional part, listed once). */
export function optionalFields<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape).partial().shape;
}
