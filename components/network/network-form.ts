// The create-network form: its values → the POST body, the live docker CLI preview, and every problem found before the server is asked; pure.
import "@/lib/zod-jitless"; // first: before any zod schema is built (server/actions/*)
import type { NetworkView } from "@/lib/model-types";
import { addressingProblems, type NetworkCreateBody, networkCreateCli } from "@/lib/network-create";
import { labelMap, objectName } from "@/lib/actions/schemas";

export interface NetworkFormValues {
  name: string;
  driver: "overlay" | "bridge";
  attachable: boolean;
  internal: boolean;
  encrypted: boolean;
  subnet: string;
  gateway: string;
  ipRange: string;
  /** One key=value per line. */
  labels: string;
}

export type FormField = keyof NetworkFormValues;

export const EMPTY_NETWORK_FORM: NetworkFormValues = {
  name: "",
  driver: "overlay",
  attachable: true,
  internal: false,
  encrypted: false,
  subnet: "",
  gateway: "",
  ipRange: "",
  labels: "",
};

export interface FormCheck {
  body: NetworkCreateBody;
  /** The equivalent command, as typed so far. */
  cli: string;
  /** The first problem of each field. */
  problems: Partial<Record<FormField, string>>;
}

/** The innermost message of a zod issue (a record key's rule sits inside an "invalid key" issue). */
function innermost(issue: { message: string; issues?: unknown }): string {
  const inner = Array.isArray(issue.issues) ? (issue.issues[0] as { message: string; issues?: unknown } | undefined) : undefined;
  return inner ? innermost(inner) : issue.message;
}

/** "a=1\nb = two" → {a: "1", b: "two"}; lines without "=" are problems. */
export function parseLabels(text: string): { labels: Record<string, string>; problem: string | null } {
  const labels: Record<string, string> = {};
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const eq = line.indexOf("=");
    if (eq <= 0) return { labels, problem: `"${line}": write labels as key=value, one per line` };
    labels[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  const parsed = labelMap.safeParse(labels);
  return { labels, problem: parsed.success ? null : innermost(parsed.error.issues[0]) };
}

const trimmed = (v: string): string | undefined => (v.trim() === "" ? undefined : v.trim());

export function checkNetworkForm(values: NetworkFormValues, existing: readonly NetworkView[]): FormCheck {
  const overlay = values.driver === "overlay";
  const { labels, problem: labelProblem } = parseLabels(values.labels);
  const body: NetworkCreateBody = {
    name: values.name.trim(),
    driver: values.driver,
    ...(overlay && values.attachable ? { attachable: true } : {}),
    ...(values.internal ? { internal: true } : {}),
    ...(overlay && values.encrypted ? { encrypted: true } : {}),
    ...(trimmed(values.subnet) ? { subnet: trimmed(values.subnet) } : {}),
    ...(trimmed(values.gateway) ? { gateway: trimmed(values.gateway) } : {}),
    ...(trimmed(values.ipRange) ? { ipRange: trimmed(values.ipRange) } : {}),
    ...(Object.keys(labels).length ? { labels } : {}),
  };

  const problems: Partial<Record<FormField, string>> = {};
  const blame = (field: FormField, text: string) => {
    problems[field] ??= text;
  };
  if (!body.name) blame("name", "give the network a name");
  else {
    const name = objectName.safeParse(body.name);
    if (!name.success) blame("name", `name ${name.error.issues[0].message}`);
    else if (existing.some((n) => n.name === body.name)) blame("name", `a network named ${body.name} already exists`);
  }
  if (labelProblem) blame("labels", labelProblem);
  if (!body.subnet) {
    if (body.gateway) blame("gateway", "a gateway needs a subnet");
    if (body.ipRange) blame("ipRange", "an IP range needs a subnet");
  }
  for (const p of addressingProblems(body, existing)) blame(p.field, p.error);
  return { body, cli: networkCreateCli({ ...body, name: body.name || "NAME" }), problems };
}

/** The form field a server error names ("labels.team" → labels), or null when it names none the form has. */
export function formFieldOf(field: string | null | undefined): FormField | null {
  const head = (field ?? "").split(".")[0];
  return head in EMPTY_NETWORK_FORM ? (head as FormField) : null;
}
