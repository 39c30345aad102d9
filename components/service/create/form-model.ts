// The create-service form as typed (strings and rows) and the API body it becomes, with the problems found on the way; pure.
import type { CreateServiceBody } from "@/components/operations/requests";
import { splitWords } from "./words";

export interface KeyValueRow {
  key: string;
  value: string;
}
export interface PortRow {
  target: string;
  published: string;
  protocol: "tcp" | "udp" | "sctp";
  mode: "ingress" | "host";
}
export interface MountRow {
  source: string;
  target: string;
  readOnly: boolean;
}

export interface CreateForm {
  name: string;
  image: string;
  mode: "replicated" | "global";
  replicas: string;
  command: string;
  args: string;
  env: KeyValueRow[];
  ports: PortRow[];
  networks: string[];
  constraints: string[];
  restartCondition: "" | "none" | "on-failure" | "any";
  restartDelay: string;
  restartMaxAttempts: string;
  restartWindow: string;
  updateParallelism: string;
  updateDelay: string;
  labels: KeyValueRow[];
  mounts: MountRow[];
  stopGracePeriod: string;
}

/** The form's sections, named like the API's top-level fields (server errors name the same fields). */
export type FormField = keyof CreateServiceBody;

export const EMPTY_FORM: CreateForm = {
  name: "",
  image: "",
  mode: "replicated",
  replicas: "1",
  command: "",
  args: "",
  env: [],
  ports: [],
  networks: [],
  constraints: [],
  restartCondition: "",
  restartDelay: "",
  restartMaxAttempts: "",
  restartWindow: "",
  updateParallelism: "",
  updateDelay: "",
  labels: [],
  mounts: [],
  stopGracePeriod: "",
};

export interface Built {
  body: CreateServiceBody;
  /** Problems found before sending, by field. */
  errors: Partial<Record<FormField, string>>;
}

const SECTIONS = new Set<string>([
  "name",
  "image",
  "mode",
  "replicas",
  "command",
  "args",
  "env",
  "ports",
  "networks",
  "constraints",
  "restart",
  "update",
  "labels",
  "mounts",
  "stopGracePeriod",
] satisfies FormField[]);

/** "ports.0.target" → "ports"; "body" or an unknown field → null (shown with the form as a whole). */
export function fieldSection(field: string | null | undefined): FormField | null {
  if (!field) return null;
  const head = field.split(".")[0];
  return SECTIONS.has(head) ? (head as FormField) : null;
}

/** Seconds as typed: "10", "10s", "1.5"; "" → undefined. */
function seconds(text: string): number | undefined | "bad" {
  const t = text.trim().replace(/s$/, "");
  if (t === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : "bad";
}

function wholeNumber(text: string): number | undefined | "bad" {
  const t = text.trim();
  if (t === "") return undefined;
  const n = Number(t);
  return Number.isInteger(n) && n >= 0 ? n : "bad";
}

function keyValues(rows: KeyValueRow[], what: string): { map: Record<string, string> | undefined; error: string | null } {
  const map: Record<string, string> = {};
  let error: string | null = null;
  for (const row of rows) {
    const key = row.key.trim();
    if (!key && !row.value) continue;
    if (!key) error = `every ${what} needs a name`;
    else map[key] = row.value;
  }
  return { map: Object.keys(map).length ? map : undefined, error };
}

export function buildCreateBody(form: CreateForm): Built {
  const errors: Built["errors"] = {};
  const body: CreateServiceBody = { name: form.name.trim(), image: form.image.trim(), mode: form.mode };

  if (form.mode === "replicated") {
    const n = wholeNumber(form.replicas);
    if (n === "bad") errors.replicas = "a whole number, 0 or more";
    else if (n !== undefined) body.replicas = n;
  }
  for (const field of ["command", "args"] as const) {
    if (!form[field].trim()) continue;
    const { words, error } = splitWords(form[field]);
    if (error) errors[field] = error;
    else body[field] = words;
  }
  const env = keyValues(form.env, "variable");
  if (env.error) errors.env = env.error;
  if (env.map) body.env = env.map;
  const labels = keyValues(form.labels, "label");
  if (labels.error) errors.labels = labels.error;
  if (labels.map) body.labels = labels.map;

  const ports: NonNullable<CreateServiceBody["ports"]> = [];
  for (const row of form.ports) {
    if (!row.target.trim() && !row.published.trim()) continue;
    const target = wholeNumber(row.target);
    const published = wholeNumber(row.published);
    if (target === undefined || target === "bad" || published === "bad") {
      errors.ports = "ports are whole numbers 1..65535 (the container's port is required)";
      continue;
    }
    ports.push({ target, ...(published !== undefined ? { published } : {}), protocol: row.protocol, mode: row.mode });
  }
  if (ports.length) body.ports = ports;
  if (form.networks.length) body.networks = [...form.networks];
  const constraints = form.constraints.map((c) => c.trim()).filter(Boolean);
  if (constraints.length) body.constraints = constraints;

  const mounts: NonNullable<CreateServiceBody["mounts"]> = [];
  for (const row of form.mounts) {
    if (!row.source.trim() && !row.target.trim()) continue;
    mounts.push({ type: "volume", source: row.source.trim(), target: row.target.trim(), readOnly: row.readOnly });
  }
  if (mounts.length) body.mounts = mounts;

  const delay = seconds(form.restartDelay);
  const window = seconds(form.restartWindow);
  const attempts = wholeNumber(form.restartMaxAttempts);
  if (delay === "bad" || window === "bad" || attempts === "bad") errors.restart = "delay and window are seconds; max attempts a whole number";
  else if (form.restartCondition || delay !== undefined || window !== undefined || attempts !== undefined) {
    body.restart = {
      condition: form.restartCondition || "any",
      ...(delay !== undefined ? { delay } : {}),
      ...(attempts !== undefined ? { maxAttempts: attempts } : {}),
      ...(window !== undefined ? { window } : {}),
    };
  }

  const parallelism = wholeNumber(form.updateParallelism);
  const updateDelay = seconds(form.updateDelay);
  if (parallelism === "bad" || updateDelay === "bad") errors.update = "parallelism is a whole number (0: all at once); delay is seconds";
  else if (parallelism !== undefined || updateDelay !== undefined) {
    body.update = { ...(parallelism !== undefined ? { parallelism } : {}), ...(updateDelay !== undefined ? { delay: updateDelay } : {}) };
  }

  const grace = seconds(form.stopGracePeriod);
  if (grace === "bad") errors.stopGracePeriod = "seconds, e.g. 10";
  else if (grace !== undefined) body.stopGracePeriod = grace;

  if (!body.name) errors.name = "required";
  if (!body.image) errors.image = "required";
  return { body, errors };
}
