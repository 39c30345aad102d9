// The deploy preview: what docker stack deploy would create, change (field by field) or leave alone, from the compose file and the live engine (pure).
import type { EngineNetwork, EngineSecret, EngineService } from "../../lib/engine-types";
import type { ComposeProblem, PlanItem } from "../../lib/stack-types";
import { STACK_LABEL, stripDigest } from "../model/normalize";
import type { ComposeFile, ComposeObjectDef, ComposeService } from "./compose-types";
import { scoped } from "../../lib/docker-names";

export interface LiveObjects {
  services: EngineService[];
  networks: EngineNetwork[];
  secrets: EngineSecret[];
  configs: EngineSecret[];
}

type Fields = Record<string, string>;

const list = (items: string[]) => [...items].sort().join(", ");

/** The engine name of a top-level object: its `name:`, the external name, or <stack>_<key>. */
export function objectName(stack: string, key: string, def: ComposeObjectDef | null | undefined): { name: string; external: boolean } {
  const ext = def?.external;
  if (ext) return { name: (typeof ext === "object" && ext.name) || def?.name || key, external: true };
  return { name: def?.name ?? scoped(stack, key), external: false };
}

/** "8080:80/udp", 80, { target, published } → "8080:80/tcp" (ingress mode) or "8080:80/tcp host"; ranges expanded. */
export function portStrings(ports: ComposeService["ports"]): string[] {
  const out: string[] = [];
  const fmt = (published: number | null, target: number, protocol: string, mode: string) =>
    `${published ?? ""}${published !== null ? ":" : ""}${target}/${protocol}${mode === "host" ? " host" : ""}`;
  const range = (s: string) => {
    const [a, b] = s.split("-").map(Number);
    return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  };
  for (const p of ports ?? []) {
    if (typeof p === "number") out.push(fmt(null, p, "tcp", "ingress"));
    else if (typeof p === "string") {
      const [spec, protocol = "tcp"] = p.split("/");
      const parts = spec.split(":");
      const targets = range(parts.at(-1)!);
      const published = parts.length >= 2 ? range(parts.at(-2)!) : null;
      targets.forEach((t, i) => out.push(fmt(published ? (published[i] ?? published[0]) : null, t, protocol, "ingress")));
    } else {
      const published = p.published === undefined || p.published === "" ? null : Number(p.published);
      out.push(fmt(published, p.target, p.protocol ?? "tcp", p.mode ?? "ingress"));
    }
  }
  return out;
}

function envStrings(env: ComposeService["environment"]): string[] {
  if (!env) return [];
  if (Array.isArray(env)) return env.filter((e) => e.includes("="));
  return Object.entries(env)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${v}`);
}

function labelStrings(labels: string[] | Record<string, string> | undefined): string[] {
  if (!labels) return [];
  return Array.isArray(labels) ? labels.map((l) => (l.includes("=") ? l : `${l}=`)) : Object.entries(labels).map(([k, v]) => `${k}=${v}`);
}

/** A command as the CLI turns it into an argument list (strings are split on white space, as a simple shell would). */
function argv(cmd: string | string[] | undefined): string {
  if (cmd === undefined) return "";
  const parts = Array.isArray(cmd) ? cmd : cmd.trim().split(/\s+/).filter(Boolean);
  return parts.map((p) => (/\s/.test(p) || p === "" ? JSON.stringify(p) : p)).join(" ");
}

const refName = (r: string | { source: string }) => (typeof r === "string" ? r : r.source);

/** The fields the preview compares, as the compose file asks for them. */
export function wantedFields(stack: string, compose: ComposeFile, svc: ComposeService): Fields {
  const mode = svc.deploy?.mode ?? "replicated";
  const nets = Array.isArray(svc.networks) ? svc.networks : Object.keys(svc.networks ?? {});
  const netNames = (nets.length ? nets : ["default"]).map((n) => objectName(stack, n, compose.networks?.[n]).name);
  return {
    image: svc.image ?? "",
    mode,
    replicas: mode === "replicated" ? String(svc.deploy?.replicas ?? 1) : "",
    ports: list(portStrings(svc.ports)),
    environment: list(envStrings(svc.environment)),
    command: argv(svc.entrypoint),
    args: argv(svc.command),
    labels: list(labelStrings(svc.deploy?.labels)),
    constraints: list(svc.deploy?.placement?.constraints ?? []),
    networks: list(netNames),
    secrets: list((svc.secrets ?? []).map((r) => objectName(stack, refName(r), compose.secrets?.[refName(r)]).name)),
    configs: list((svc.configs ?? []).map((r) => objectName(stack, refName(r), compose.configs?.[refName(r)]).name)),
  };
}

/** The same fields read from a live service spec. */
export function liveFields(service: EngineService, networks: EngineNetwork[]): Fields {
  const spec = service.Spec;
  const cs = spec.TaskTemplate.ContainerSpec ?? {};
  const mode = spec.Mode.Global ? "global" : spec.Mode.ReplicatedJob ? "replicated-job" : spec.Mode.GlobalJob ? "global-job" : "replicated";
  const netName = (id: string) => networks.find((n) => n.Id === id || n.Name === id)?.Name ?? id;
  const ports = (spec.EndpointSpec?.Ports ?? []).map(
    (p) => `${p.PublishedPort ? `${p.PublishedPort}:` : ""}${p.TargetPort}/${p.Protocol ?? "tcp"}${p.PublishMode === "host" ? " host" : ""}`,
  );
  // The CLI adds com.docker.stack.namespace and com.docker.stack.image itself.
  const labels = Object.entries(spec.Labels ?? {})
    .filter(([k]) => !k.startsWith("com.docker.stack."))
    .map(([k, v]) => `${k}=${v}`);
  return {
    image: stripDigest(cs.Image),
    mode,
    replicas: mode === "replicated" ? String(spec.Mode.Replicated?.Replicas ?? 1) : "",
    ports: list(ports),
    environment: list(cs.Env ?? []),
    command: argv(cs.Command ?? []),
    args: argv(cs.Args ?? []),
    labels: list(labels),
    constraints: list(spec.TaskTemplate.Placement?.Constraints ?? []),
    networks: list((spec.TaskTemplate.Networks ?? []).map((n) => netName(n.Target))),
    secrets: list((cs.Secrets ?? []).map((s) => s.SecretName ?? "")),
    configs: list((cs.Configs ?? []).map((s) => s.ConfigName ?? "")),
  };
}

export interface Plan {
  items: PlanItem[];
  /** External objects the compose file needs that do not exist: deploying would fail. */
  problems: ComposeProblem[];
}

/** Compares the compose file with what the engine has for this stack. */
export function planStack(stack: string, compose: ComposeFile, live: LiveObjects, prune: boolean): Plan {
  const items: PlanItem[] = [];
  const problems: ComposeProblem[] = [];
  const item = (kind: PlanItem["kind"], name: string, action: PlanItem["action"], changes: PlanItem["changes"] = [], note: string | null = null) =>
    items.push({ kind, name, action, changes, note });

  const usedNets = new Set<string>();
  for (const svc of Object.values(compose.services)) {
    const nets = Array.isArray(svc.networks) ? svc.networks : Object.keys(svc.networks ?? {});
    for (const n of nets.length ? nets : ["default"]) usedNets.add(n);
  }
  const netDefs: Record<string, ComposeObjectDef | null | undefined> = { ...(compose.networks ?? {}) };
  if (usedNets.has("default") && !("default" in netDefs)) netDefs.default = null;
  for (const [key, def] of Object.entries(netDefs)) {
    if (!usedNets.has(key) && !def?.external) continue; // the CLI only creates networks services use
    const { name, external } = objectName(stack, key, def);
    const exists = live.networks.some((n) => n.Name === name);
    if (external) {
      if (!exists) problems.push({ source: "compose", path: `networks.${key}`, line: null, message: `networks.${key}: external network ${name} does not exist (create it first)` });
      else item("network", name, "unchanged", [], "external");
    } else item("network", name, exists ? "unchanged" : "create", [], exists ? null : `overlay network${def?.driver && def.driver !== "overlay" ? ` (driver ${def.driver})` : ""}`);
  }

  for (const section of ["secrets", "configs"] as const) {
    const kind = section === "secrets" ? "secret" : "config";
    for (const [key, def] of Object.entries(compose[section] ?? {})) {
      const { name, external } = objectName(stack, key, def);
      const exists = live[section].some((s) => s.Spec.Name === name);
      if (external) {
        if (!exists)
          problems.push({ source: "compose", path: `${section}.${key}`, line: null, message: `${section}.${key}: external ${kind} ${name} does not exist (create it first)` });
        else item(kind, name, "unchanged", [], "external");
      } else {
        item(
          kind,
          name,
          exists ? "unchanged" : "create",
          [],
          exists ? `exists; a ${kind}'s value cannot be changed in place — rename it to roll a new value` : `from ${def?.file}`,
        );
      }
    }
  }

  const stackServices = live.services.filter((s) => s.Spec.Labels?.[STACK_LABEL] === stack);
  for (const [key, svc] of Object.entries(compose.services)) {
    const name = scoped(stack, key);
    const existing = live.services.find((s) => s.Spec.Name === name);
    const want = wantedFields(stack, compose, svc);
    if (!existing) {
      const parts = [
        want.image,
        want.mode === "replicated" ? `${want.replicas} replica${want.replicas === "1" ? "" : "s"}` : want.mode,
        want.ports && `ports ${want.ports}`,
      ].filter(Boolean);
      item("service", name, "create", [], parts.join(", "));
      continue;
    }
    const have = liveFields(existing, live.networks);
    const changes = Object.keys(want)
      .filter((f) => want[f] !== have[f])
      .map((field) => ({ field, from: have[field] || "(none)", to: want[field] || "(none)" }));
    item("service", name, changes.length ? "update" : "unchanged", changes, existing.Spec.Labels?.[STACK_LABEL] === stack ? null : "exists outside this stack");
  }
  for (const s of stackServices) {
    const key = s.Spec.Name.slice(stack.length + 1);
    if (compose.services[key]) continue;
    item("service", s.Spec.Name, prune ? "remove" : "unchanged", [], prune ? "not in the compose file (prune)" : "not in the compose file; kept (deploy with prune to remove it)");
  }

  for (const [key, def] of Object.entries(compose.volumes ?? {})) {
    const { name, external } = objectName(stack, key, def);
    item("volume", name, external || stackServices.length ? "unchanged" : "create", [], external ? "external" : "made on each node when a task that mounts it starts there");
  }
  return { items, problems };
}
