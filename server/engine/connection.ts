// Reads DOCKER_HOST / DOCKER_TLS_VERIFY / DOCKER_CERT_PATH the way the docker CLI does and picks the API version.
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";

export const DEFAULT_DOCKER_HOST = "unix:///var/run/docker.sock";
/** The newest API version this code was written against; older engines get their own version. */
export const MAX_API_VERSION = "1.47";
/** The oldest API with everything we read (ServiceStatus on GET /services?status=true). */
export const MIN_API_VERSION = "1.41";

export type Endpoint =
  | { kind: "unix"; socketPath: string; label: string }
  | {
      kind: "tcp";
      host: string;
      port: number;
      tls: null | { verify: boolean; certPath: string };
      label: string;
    };

/** Parses the docker CLI's environment variables. Throws with a readable message on a bad DOCKER_HOST. */
export function endpointFromEnv(env: Record<string, string | undefined> = process.env): Endpoint {
  const raw = (env.DOCKER_HOST ?? "").trim() || DEFAULT_DOCKER_HOST;
  if (raw.startsWith("unix://")) {
    const socketPath = raw.slice("unix://".length) || "/var/run/docker.sock";
    return { kind: "unix", socketPath, label: `unix://${socketPath}` };
  }
  const withScheme = raw.includes("://") ? raw : `tcp://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(`DOCKER_HOST "${raw}" is not a valid address; use unix:///path/to/docker.sock or tcp://host:port`);
  }
  if (url.protocol !== "tcp:" && url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`DOCKER_HOST scheme "${url.protocol.replace(":", "")}" is not supported; use unix:// or tcp://`);
  }
  // The docker CLI treats any non-empty DOCKER_TLS_VERIFY as "verify".
  const verify = (env.DOCKER_TLS_VERIFY ?? "") !== "";
  const certPath = env.DOCKER_CERT_PATH || path.join(os.homedir(), ".docker");
  const useTls = verify || url.protocol === "https:" || Boolean(env.DOCKER_CERT_PATH);
  const port = url.port ? Number(url.port) : useTls ? 2376 : 2375;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return {
    kind: "tcp",
    host,
    port,
    tls: useTls ? { verify, certPath } : null,
    label: `tcp://${url.hostname}:${port}`,
  };
}

/**
 * SWARMSCOPE_MANAGERS ("unix:///a.sock,tcp://m2:2376", each in DOCKER_HOST form with the same TLS variables), tried in
 * order; without it, DOCKER_HOST alone. Throws naming the entry that is not an address.
 */
export function managersFromEnv(env: Record<string, string | undefined> = process.env): Endpoint[] {
  const items = (env.SWARMSCOPE_MANAGERS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) return [endpointFromEnv(env)];
  const endpoints = items.map((item) => {
    try {
      return endpointFromEnv({ ...env, DOCKER_HOST: item });
    } catch (err) {
      throw new Error(`SWARMSCOPE_MANAGERS: ${(err as Error).message.replace(/^DOCKER_HOST/, "entry")}`, { cause: err });
    }
  });
  // The same engine twice would only make a failover "switch" to itself.
  return endpoints.filter((e, i) => endpoints.findIndex((o) => o.label === e.label) === i);
}

/** Options for dockerode/docker-modem. Every field is set so the modem's own env reading cannot override it. */
export function modemOptions(endpoint: Endpoint, version?: string): Record<string, unknown> {
  const base = { version: version ? `v${version}` : undefined };
  if (endpoint.kind === "unix") {
    return { ...base, socketPath: endpoint.socketPath, host: undefined, port: undefined, protocol: "http" };
  }
  const common = { ...base, socketPath: undefined, host: endpoint.host, port: endpoint.port };
  if (!endpoint.tls) return { ...common, protocol: "http" };
  const file = (name: string) => {
    const full = path.join(endpoint.tls!.certPath, name);
    return fs.existsSync(full) ? fs.readFileSync(full) : undefined;
  };
  const tls = { ca: file("ca.pem"), cert: file("cert.pem"), key: file("key.pem") };
  return {
    ...common,
    ...tls,
    protocol: "https",
    // Without DOCKER_TLS_VERIFY the CLI encrypts but does not check the server's certificate.
    agent: new https.Agent({ ...tls, rejectUnauthorized: endpoint.tls.verify, keepAlive: true }),
  };
}

function parseVersion(v: string): [number, number] {
  const [major, minor] = v.split(".").map((n) => Number.parseInt(n, 10));
  return [major || 0, minor || 0];
}

export function compareApiVersions(a: string, b: string): number {
  const [am, an] = parseVersion(a);
  const [bm, bn] = parseVersion(b);
  return am !== bm ? am - bm : an - bn;
}

/**
 * Like the docker CLI: use the engine's version when it is older than ours, ours when the engine is newer,
 * but never below the engine's minimum.
 */
export function negotiateApiVersion(engine: { ApiVersion?: string; MinAPIVersion?: string }): string {
  const server = engine.ApiVersion || MIN_API_VERSION;
  let chosen = compareApiVersions(server, MAX_API_VERSION) < 0 ? server : MAX_API_VERSION;
  if (engine.MinAPIVersion && compareApiVersions(engine.MinAPIVersion, chosen) > 0) chosen = engine.MinAPIVersion;
  return chosen;
}
