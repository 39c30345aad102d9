// What a role may run: the one policy for service create, update, rollback and stack deploy — host access (bind mounts, the docker socket, privileges, host namespaces, root) is admin-only.
import path from "node:path";
import type { EngineServiceSpec } from "../../lib/engine-types";
import type { Role } from "../../lib/roles";

/** The docker socket's usual places: a bind of one of them, or of a folder holding one, is every admin power at once. */
const DOCKER_SOCKETS = ["/var/run/docker.sock", "/run/docker.sock"];

/** What a service asks of the node it runs on, whichever door it came through (Engine spec or compose file). */
export interface RunRequest {
  binds: { field: string; source: string }[];
  /** Named volumes whose driver options make them binds (local driver, o=bind / type=none with a device). */
  volumeBinds: { field: string; device: string }[];
  privileged: { field: string } | null;
  capAdd: { field: string; caps: string[] } | null;
  devices: { field: string } | null;
  /** pid, ipc, network_mode, userns_mode, cgroup_parent set to the host's (or another container's) namespace. */
  hostNamespaces: { field: string; value: string }[];
  hostNetwork: { field: string } | null;
  user: { field: string; value: string } | null;
  securityOpt: { field: string; value: string }[];
}

export function emptyRun(): RunRequest {
  return { binds: [], volumeBinds: [], privileged: null, capAdd: null, devices: null, hostNamespaces: [], hostNetwork: null, user: null, securityOpt: [] };
}

export interface RunFinding {
  /** The field to blame, as the request names it (mounts[0].source, services.web.volumes[0]). */
  field: string;
  /** The rule broken, in a few words. */
  rule: string;
  message: string;
}

export interface RunPolicy {
  role: Role;
  /** SWARMSCOPE_BIND_PATHS: folders of the nodes any operator may bind (at or under them), never a docker socket. */
  bindPaths: readonly string[];
}

/** "/srv/data/" → "/srv/data"; relative, empty or dotted paths → null (never allow-listed). */
export function normalBindPath(p: string): string | null {
  if (!p.startsWith("/") || p.includes("\0")) return null;
  const n = path.posix.normalize(p);
  return n.length > 1 ? n.replace(/\/+$/, "") : n;
}

const under = (p: string, folder: string) => folder === "/" || p === folder || p.startsWith(`${folder}/`);

/** A root user: root, 0, root:…, 0:… (the image's own default is left to the image). */
export function isRootUser(user: string): boolean {
  return /^(root|0)(:.*)?$/.test(user.trim());
}

/** Every admin-only thing the request asks for, each with its field and rule. */
export function runFindings(run: RunRequest, bindPaths: readonly string[]): RunFinding[] {
  const out: RunFinding[] = [];
  const add = (field: string, rule: string, message: string) => out.push({ field, rule, message: `${field}: ${message} — admin only (${rule})` });
  const allowed = bindPaths.map(normalBindPath).filter((p): p is string => p !== null);
  for (const b of run.binds) {
    const p = normalBindPath(b.source);
    if (p !== null && DOCKER_SOCKETS.some((s) => under(s, p))) add(b.field, "docker socket", `binding ${p} hands the docker socket to the service, and with it every admin power`);
    else if (p === null) add(b.field, "bind mount", `a bind mount of "${b.source}" (a relative path binds a folder of the server's own disk on the node)`);
    else if (!allowed.some((a) => under(p, a)))
      add(b.field, "bind mount", `a bind mount of ${p}${allowed.length ? `, outside SWARMSCOPE_BIND_PATHS (${allowed.join(", ")})` : " (SWARMSCOPE_BIND_PATHS allows none)"}`);
  }
  for (const v of run.volumeBinds) add(v.field, "bind mount", `a volume whose driver options bind ${v.device || "a host path"}`);
  if (run.privileged) add(run.privileged.field, "privileged", "a privileged container has the node's devices and kernel");
  if (run.capAdd?.caps.length) add(run.capAdd.field, "capabilities", `adding ${run.capAdd.caps.join(", ")}`);
  if (run.devices) add(run.devices.field, "devices", "the node's devices");
  for (const n of run.hostNamespaces) add(n.field, "host namespaces", `${n.value} shares a namespace of the node or another container`);
  if (run.hostNetwork) add(run.hostNetwork.field, "host network", "the host network is the node's own network stack");
  if (run.user && isRootUser(run.user.value)) add(run.user.field, "root user", `running as ${run.user.value} is asked for explicitly`);
  for (const s of run.securityOpt) add(s.field, "security options", `security option ${s.value}`);
  return out;
}

/** The first finding a role may not pass, or null: admins pass them all. */
export function runRefusal(runs: RunRequest[], policy: RunPolicy, except: (f: RunFinding) => boolean = () => false): RunFinding | null {
  if (policy.role === "admin") return null;
  for (const run of runs) {
    const found = runFindings(run, policy.bindPaths).find((f) => !except(f));
    if (found) return found;
  }
  return null;
}

/** How the fields of an Engine spec are named in the request that made it (the create API's own names; Engine paths by default). */
export interface SpecFieldNames {
  mount(i: number): string;
  user: string;
  capAdd: string;
  network(i: number): string;
  privileges: string;
}

const ENGINE_NAMES: SpecFieldNames = {
  mount: (i) => `TaskTemplate.ContainerSpec.Mounts[${i}]`,
  user: "TaskTemplate.ContainerSpec.User",
  capAdd: "TaskTemplate.ContainerSpec.CapabilityAdd",
  network: (i) => `TaskTemplate.Networks[${i}]`,
  privileges: "TaskTemplate.ContainerSpec.Privileges",
};

/** What an Engine service spec asks of its node; `isHostNetwork` tells the host network's name or ID. */
export function runOfSpec(spec: EngineServiceSpec, isHostNetwork: (target: string) => boolean, names: SpecFieldNames = ENGINE_NAMES): RunRequest {
  const run = emptyRun();
  const cs = spec.TaskTemplate.ContainerSpec ?? {};
  (cs.Mounts ?? []).forEach((m, i) => {
    if (m.Type === "bind" || m.Type === "npipe") run.binds.push({ field: names.mount(i), source: m.Source ?? "" });
    const opts = m.VolumeOptions?.DriverConfig?.Options ?? {};
    if (m.Type === "volume" && (/\bbind\b/.test(opts.o ?? "") || opts.device)) run.volumeBinds.push({ field: names.mount(i), device: opts.device ?? "" });
  });
  if (cs.User) run.user = { field: names.user, value: cs.User };
  if (cs.CapabilityAdd?.length) run.capAdd = { field: names.capAdd, caps: cs.CapabilityAdd };
  const p = cs.Privileges;
  if (p?.Seccomp?.Mode === "unconfined" || p?.AppArmor?.Mode === "disabled" || p?.SELinuxContext?.Disable) {
    run.securityOpt.push({
      field: names.privileges,
      value: p.Seccomp?.Mode === "unconfined" ? "seccomp=unconfined" : p.AppArmor?.Mode === "disabled" ? "apparmor=unconfined" : "label=disable",
    });
  }
  (spec.TaskTemplate.Networks ?? []).forEach((n, i) => {
    if (isHostNetwork(n.Target)) run.hostNetwork = { field: names.network(i) };
  });
  return run;
}
