// GET /_ping, /version, /info and /events: who the demo engine says it is, and its event stream (node, service, network, secret and config events; no task events, like a manager).
import type { ApiCall, Handler } from "./call";
import { ApiError, DEMO_ENGINE, STREAMED } from "./call";
import { eventTimeNano, type StampedEvent } from "../event-log";
import { exactMatch, labelsMatch, parseFilters, type Filters } from "./filters";

export const ping: Handler = ({ res }) => {
  res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache, no-store, must-revalidate", Pragma: "no-cache", Swarm: "active/manager" });
  res.end(res.req.method === "HEAD" ? undefined : "OK");
  return STREAMED;
};

export const version: Handler = () => {
  const e = DEMO_ENGINE;
  const details = {
    ApiVersion: e.apiVersion,
    MinAPIVersion: e.minApiVersion,
    GitCommit: "swarmscope",
    GoVersion: "simulated",
    Os: e.os,
    Arch: e.arch,
    KernelVersion: e.kernel,
    BuildTime: "2026-12-03T00:00:00.000000000+00:00",
  };
  return {
    Platform: { Name: e.platform },
    Components: [{ Name: "Engine", Version: e.version, Details: details }],
    Version: e.version,
    ...details,
  };
};

export const info: Handler = ({ ctx }) => {
  const sim = ctx.sim;
  const self = ctx.self();
  const nodes = sim.nodes();
  const managers = nodes.filter((n) => n.Spec.Role === "manager");
  const swarm = sim.swarm();
  return {
    ID: `SWARMSCOPE-DEMO:${self.ID.slice(0, 12).toUpperCase()}`,
    Containers: 0,
    ContainersRunning: 0,
    ContainersPaused: 0,
    ContainersStopped: 0,
    Images: 2,
    Driver: "simulated",
    DriverStatus: [["Simulated by", "Swarmscope (no containers run)"]],
    Plugins: { Volume: ["local"], Network: ["bridge", "host", "ipvlan", "macvlan", "null", "overlay"], Authorization: null, Log: ["json-file", "local"] },
    MemoryLimit: true,
    SwapLimit: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    IPv4Forwarding: true,
    Debug: false,
    NFd: 32,
    NGoroutines: 64,
    SystemTime: new Date(ctx.now()).toISOString(),
    LoggingDriver: "json-file",
    CgroupDriver: "systemd",
    CgroupVersion: "2",
    NEventsListener: ctx.events.subscribers,
    KernelVersion: DEMO_ENGINE.kernel,
    OperatingSystem: DEMO_ENGINE.platform,
    OSVersion: "",
    OSType: DEMO_ENGINE.os,
    Architecture: "x86_64",
    IndexServerAddress: "https://index.docker.io/v1/",
    RegistryConfig: { IndexConfigs: {}, InsecureRegistryCIDRs: ["127.0.0.0/8"], Mirrors: [] },
    NCPU: (self.Description?.Resources?.NanoCPUs ?? 2e9) / 1e9,
    MemTotal: self.Description?.Resources?.MemoryBytes ?? 0,
    DockerRootDir: "/var/lib/docker",
    Name: self.Description?.Hostname ?? self.ID,
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: DEMO_ENGINE.version,
    Runtimes: { runc: { path: "runc" } },
    DefaultRuntime: "runc",
    Swarm: {
      NodeID: self.ID,
      NodeAddr: self.Status.Addr,
      LocalNodeState: "active",
      ControlAvailable: self.Spec.Role === "manager",
      Error: "",
      RemoteManagers: managers.map((m) => ({ NodeID: m.ID, Addr: m.ManagerStatus?.Addr ?? `${m.Status.Addr}:2377` })),
      Nodes: nodes.length,
      Managers: managers.length,
      Cluster: { ...swarm, TLSInfo: swarm.TLSInfo, RootRotationInProgress: false, DefaultAddrPool: ["10.0.0.0/8"], SubnetSize: 24, DataPathPort: 4789 },
    },
    LiveRestoreEnabled: false,
    Isolation: "",
    InitBinary: "docker-init",
    SecurityOptions: ["name=seccomp,profile=default", "name=cgroupns"],
    Warnings: ["This is Swarmscope's simulated demo swarm: no containers run, nothing here is a real cluster"],
  };
};

const EVENT_FILTERS = ["config", "container", "daemon", "event", "image", "label", "network", "node", "plugin", "scope", "secret", "service", "type", "volume"] as const;

function eventMatches(f: Filters, e: StampedEvent): boolean {
  const attrs = e.Actor.Attributes ?? {};
  if (!exactMatch(f.get("type"), e.Type)) return false;
  if (!exactMatch(f.get("event"), e.Action)) return false;
  if (!exactMatch(f.get("scope"), e.scope)) return false;
  if (!labelsMatch(f.get("label"), attrs)) return false;
  for (const kind of ["service", "node", "network", "secret", "config", "container", "image", "volume", "plugin", "daemon"] as const) {
    const wanted = f.get(kind);
    if (wanted && (e.Type !== kind || !exactMatch(wanted, e.Actor.ID, attrs.name))) return false;
  }
  return true;
}

/** GET /events: the past events since `since` (up to `until`), then live ones until `until` or the client goes away. */
export const events: Handler = ({ ctx, query, req, res }: ApiCall) => {
  const since = eventTimeNano(query.get("since"));
  const until = eventTimeNano(query.get("until"));
  if (Number.isNaN(since)) throw new ApiError(400, `invalid value for "since": ${query.get("since")}`);
  if (Number.isNaN(until)) throw new ApiError(400, `invalid value for "until": ${query.get("until")}`);
  const filters = parseFilters(query.get("filters"), EVENT_FILTERS);
  const nowNano = ctx.now() * 1e6;
  res.writeHead(200, { "Content-Type": "application/json" });
  res.flushHeaders();
  const write = (e: StampedEvent) => {
    if (eventMatches(filters, e)) res.write(JSON.stringify(e) + "\n");
  };
  if (since !== null) for (const e of ctx.events.between(since, until ?? nowNano)) write(e);
  if (until !== null && until <= nowNano) {
    res.end();
    return STREAMED;
  }
  const unsubscribe = ctx.events.subscribe((e) => {
    if (until !== null && e.timeNano > until) return;
    write(e);
  });
  const timer = until === null ? null : setTimeout(() => res.end(), (until - nowNano) / 1e6);
  const stop = () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
  req.on("close", stop);
  res.on("close", stop);
  return STREAMED;
};
