// Server settings from the environment: where to listen and which engine to watch.
import { type Endpoint, endpointFromEnv, managersFromEnv } from "./engine/connection";
import { dataDirFromEnv } from "./auth/user-store";
import { normalBindPath } from "./auth/run-policy";
import { DEFAULT_AUDIT_MAX_BYTES } from "./auth/audit";
import { type DemoDecision, type DemoSize, demoDecision, demoSizeFromEnv } from "./demo/start-rule";
import fs from "node:fs";
import { DEFAULT_HISTORY_MAX_MB } from "./history/history";

export interface Config {
  host: string;
  port: number;
  dev: boolean;
  endpoint: Endpoint;
  /** The managers to watch, in order (SWARMSCOPE_MANAGERS; else just `endpoint`): the next that answers takes over when one fails. */
  managers: Endpoint[];
  /** Users, sessions, stacks and the audit log (SWARMSCOPE_DATA_DIR, default ./data). */
  dataDir: string;
  /** SWARMSCOPE_METRICS_TOKEN: Prometheus reads /metrics with this bearer token (at least 16 characters). */
  metricsToken: string | null;
  /** SWARMSCOPE_ALLOWED_HOSTS: more names the server answers to (Host header), besides loopback names and IP literals. */
  allowedHosts: string[];
  /** SWARMSCOPE_PUBLIC_URL: the address users open (behind a proxy); its host is allowed too. */
  publicUrl: string | null;
  /** SWARMSCOPE_BIND_PATHS: node folders operators may bind-mount (comma-separated absolute paths); otherwise binds are admin-only. */
  bindPaths: string[];
  /** SWARMSCOPE_AUDIT_MAX_BYTES: audit.jsonl is rotated (audit.1.jsonl … audit.5.jsonl kept) before it passes this size; default 10 MB. */
  auditMaxBytes: number;
  /** Whether to start the demo swarm and watch it instead of `endpoint` (SWARMSCOPE_DEMO, see demo/start-rule.ts), and its size. */
  demo: DemoDecision;
  demoSize: DemoSize | null;
  /** SWARMSCOPE_HISTORY_MAX_MB: DATA_DIR/history.sqlite is pruned, oldest first, to stay under this many MB (default 500). */
  historyMaxMb: number;
}

export function configFromEnv(env: Record<string, string | undefined> = process.env, argv: string[] = process.argv): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT "${env.PORT}" is not a port number`);
  return {
    host: env.HOST?.trim() || "127.0.0.1",
    port,
    dev: argv.includes("--dev"),
    endpoint: endpointFromEnv(env),
    managers: managersFromEnv(env),
    dataDir: dataDirFromEnv(env),
    metricsToken: metricsTokenFromEnv(env),
    allowedHosts: (env.SWARMSCOPE_ALLOWED_HOSTS ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean),
    publicUrl: publicUrlFromEnv(env),
    bindPaths: bindPathsFromEnv(env),
    auditMaxBytes: auditMaxBytesFromEnv(env),
    demo: demoDecision(env, socketExists),
    demoSize: demoSizeFromEnv(env),
    historyMaxMb: historyMaxMbFromEnv(env),
  };
}

function metricsTokenFromEnv(env: Record<string, string | undefined>): string | null {
  const token = env.SWARMSCOPE_METRICS_TOKEN?.trim();
  if (!token) return null;
  if (token.length < 16) throw new Error("SWARMSCOPE_METRICS_TOKEN must be at least 16 characters (e.g. openssl rand -hex 24)");
  return token;
}

function bindPathsFromEnv(env: Record<string, string | undefined>): string[] {
  const paths = (env.SWARMSCOPE_BIND_PATHS ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of paths) {
    if (normalBindPath(p) === null) throw new Error(`SWARMSCOPE_BIND_PATHS: "${p}" is not an absolute path`);
    if (normalBindPath(p) === "/") throw new Error("SWARMSCOPE_BIND_PATHS: / would let operators bind the whole node; name the folders they may bind");
  }
  return paths.map((p) => normalBindPath(p)!);
}

function publicUrlFromEnv(env: Record<string, string | undefined>): string | null {
  const url = env.SWARMSCOPE_PUBLIC_URL?.trim();
  if (!url) return null;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new Error(`SWARMSCOPE_PUBLIC_URL "${url}" is not an http(s) URL`);
  return url;
}

/** A whole-number setting from the environment: the default when unset, refused (naming the variable, unit and minimum) when not a whole number ≥ min. */
function wholeFromEnv(env: Record<string, string | undefined>, name: string, unit: string, min: number, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min) throw new Error(`${name} "${raw}" must be a whole number of ${unit}, at least ${min} (default ${fallback})`);
  return n;
}

const auditMaxBytesFromEnv = (env: Record<string, string | undefined>) => wholeFromEnv(env, "SWARMSCOPE_AUDIT_MAX_BYTES", "bytes", 1024, DEFAULT_AUDIT_MAX_BYTES);
const historyMaxMbFromEnv = (env: Record<string, string | undefined>) => wholeFromEnv(env, "SWARMSCOPE_HISTORY_MAX_MB", "megabytes", 1, DEFAULT_HISTORY_MAX_MB);

function socketExists(p: string): boolean {
  return fs.existsSync(p);
}
