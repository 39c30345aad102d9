// What each service of a compose file asks of its node, for the run policy (server/auth/run-policy.ts): binds, privileges, host namespaces, root.
import { emptyRun, type RunRequest } from "../auth/run-policy";
import type { ComposeFile, ComposeObjectDef } from "./compose-types";

const HOST_NAMESPACE = /^(host|container:|service:)/;

/** A top-level network that is the node's host network: external and named host, or of the host driver. */
function isHostNetwork(def: ComposeObjectDef | null | undefined, key: string): boolean {
  if (!def) return false;
  const ext = def.external;
  const name = typeof ext === "object" && ext?.name ? ext.name : (def.name ?? (ext ? key : null));
  return name === "host" || def.driver === "host";
}

/** A top-level volume whose driver options bind a host path (local driver: o=bind, or type=none with a device). */
function bindDevice(def: ComposeObjectDef | null | undefined): string | null {
  const opts = (def as { driver_opts?: Record<string, unknown> } | null | undefined)?.driver_opts;
  if (!opts || typeof opts !== "object") return null;
  const o = String(opts.o ?? "");
  if (/\bbind\b/.test(o) || opts.device !== undefined) return String(opts.device ?? "");
  return null;
}

/** One RunRequest per service (and one for the top-level volumes), fields named as the file names them (services.web.volumes[0]). */
export function runsOfCompose(compose: ComposeFile): RunRequest[] {
  const out: RunRequest[] = [];
  const volumeDefs = compose.volumes ?? {};
  for (const [name, svc] of Object.entries(compose.services)) {
    if (!svc || typeof svc !== "object") continue;
    const at = (field: string) => `services.${name}.${field}`;
    const run = emptyRun();
    (svc.volumes ?? []).forEach((v, i) => {
      const field = at(`volumes[${i}]`);
      if (typeof v === "string" && !v.includes(":")) return; // an anonymous volume
      const long = typeof v === "string" ? null : v;
      const source = long ? (long.source ?? "") : (v as string).slice(0, (v as string).indexOf(":"));
      const bind = long ? long.type === "bind" || long.type === "npipe" : /^[/.~]/.test(source);
      if (bind) return void run.binds.push({ field, source });
      // A named volume (short form, or long form of type volume) whose top-level definition binds a host path.
      const device = long && long.type !== undefined && long.type !== "volume" ? null : bindDevice(volumeDefs[source]);
      if (source && device !== null) run.volumeBinds.push({ field, device });
    });
    if (svc.privileged === true) run.privileged = { field: at("privileged") };
    if (Array.isArray(svc.cap_add) && svc.cap_add.length) run.capAdd = { field: at("cap_add"), caps: svc.cap_add.map(String) };
    if (Array.isArray(svc.devices) && svc.devices.length) run.devices = { field: at("devices") };
    for (const key of ["pid", "ipc", "network_mode", "userns_mode", "uts", "cgroup"]) {
      const value = svc[key];
      if (typeof value === "string" && HOST_NAMESPACE.test(value)) run.hostNamespaces.push({ field: at(key), value: `${key}: ${value}` });
    }
    if (typeof svc.cgroup_parent === "string" && svc.cgroup_parent) run.hostNamespaces.push({ field: at("cgroup_parent"), value: `cgroup_parent: ${svc.cgroup_parent}` });
    const nets = Array.isArray(svc.networks) ? svc.networks : Object.keys(svc.networks ?? {});
    nets.forEach((n, i) => {
      if (isHostNetwork(compose.networks?.[n], n)) run.hostNetwork = { field: at(Array.isArray(svc.networks) ? `networks[${i}]` : `networks.${n}`) };
    });
    if (svc.user !== undefined && svc.user !== null) run.user = { field: at("user"), value: String(svc.user) };
    if (Array.isArray(svc.security_opt)) svc.security_opt.forEach((s, i) => run.securityOpt.push({ field: at(`security_opt[${i}]`), value: String(s) }));
    out.push(run);
  }
  out.push(volumeBindRun(compose));
  return out;
}

/** The top-level volumes that bind host paths, named by their own place (volumes.data.driver_opts), used or not. */
function volumeBindRun(compose: ComposeFile): RunRequest {
  const run = emptyRun();
  for (const [key, def] of Object.entries(compose.volumes ?? {})) {
    const device = bindDevice(def);
    if (device !== null) run.volumeBinds.push({ field: `volumes.${key}.driver_opts`, device });
  }
  return run;
}
