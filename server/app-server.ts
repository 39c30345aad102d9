// Builds the HTTP server: /api routes and socket.io, plus (optionally) Next for everything else; starts the watcher.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Endpoint } from "./engine/connection";
import type { WatcherTiming } from "./engine/watcher";
import { routeApi } from "./http/router";
import { sendError } from "./http/json";
import { attachSocket } from "./hub/socket";
import { createRuntime, type Runtime } from "./runtime";
import { AuditLog } from "./auth/audit";
import { SECURITY_HEADERS } from "./auth/request-checks";
import { newNonce, pageCsp } from "./auth/csp";
import { Security } from "./auth/security";
import { isLoopback } from "./auth/listen-rule";
import type { UserStore } from "./auth/user-store";
import { type HostRule, hostProblem, hostRule } from "./auth/host-check";
import { stackStore, useStackStore } from "./stacks/store";
import { recoverDeploys } from "./stacks/recover";
import { stopRunningCli } from "./stacks/docker-cli";
import { History } from "./history/history";
import { takeHistoryLock } from "./history/history-lock";

export type PageHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void;

export interface AppServer {
  runtime: Runtime;
  security: Security;
  server: http.Server;
  port: number;
  close(): Promise<void>;
}

export async function startAppServer(opts: {
  /** The engine to watch, or the managers to watch in order (SWARMSCOPE_MANAGERS). */
  endpoint: Endpoint | readonly Endpoint[];
  host: string;
  port: number;
  pages?: PageHandler;
  timing?: Partial<WatcherTiming>;
  /** Users and sessions; without one (or with no users in it) every request is the local admin. */
  users?: UserStore;
  /** Where the audit log is appended (audit.jsonl); none without it. */
  dataDir?: string;
  /** SWARMSCOPE_AUDIT_MAX_BYTES: rotate audit.jsonl before it passes this size (default 10 MB). */
  auditMaxBytes?: number;
  /** Bearer token for Prometheus on /metrics (SWARMSCOPE_METRICS_TOKEN); none = /metrics needs a viewer session like every read. */
  metricsToken?: string | null;
  /** Next dev mode: the page CSP then allows eval (React's dev tooling needs it). */
  dev?: boolean;
  /** Which Host headers are ours (DNS rebinding); default: loopback names, IP literals and the listen host. */
  hosts?: HostRule;
  /** SWARMSCOPE_BIND_PATHS (config.ts): node folders operators may bind. */
  bindPaths?: string[];
  /** SWARMSCOPE_HISTORY_MAX_MB: the history's size limit (default 500); the history is kept whenever there is a dataDir. */
  historyMaxMb?: number;
}): Promise<AppServer> {
  const hosts = opts.hosts ?? hostRule({ listenHost: opts.host });
  const runtime = createRuntime(opts.endpoint, opts.timing, opts.bindPaths);
  const stacks = opts.dataDir ? useStackStore(opts.dataDir) : stackStore();
  const security = new Security(
    opts.users ?? null,
    opts.dataDir ? new AuditLog(opts.dataDir, { maxBytes: opts.auditMaxBytes }) : null,
    isLoopback(opts.host),
    opts.metricsToken ?? null,
  );
  const recovery = await recoverDeploys(stacks, (stack, outcome) =>
    security.record({ name: "swarmscope", role: "system" }, { action: "stack.deploy", target: stack, params: {}, ok: false, status: 0, error: `interrupted: ${outcome}` }),
  );
  for (const r of recovery.interrupted) console.warn(`stack ${r.stack}: ${r.outcome}`);
  let releaseHistory: (() => void) | null = null;
  if (opts.dataDir) {
    const lock = takeHistoryLock(opts.dataDir);
    if (typeof lock === "string") console.warn(`Swarmscope: no history kept by this server: ${lock}`);
    else {
      releaseHistory = lock;
      runtime.history = new History({ dataDir: opts.dataDir, maxMb: opts.historyMaxMb });
      runtime.history.attach(runtime.hub, (fn) => security.onRecord(fn));
    }
  }
  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value as string);
    const wrongHost = hostProblem(req.headers.host, hosts);
    if (wrongHost) return sendError(res, 403, wrongHost, "host");
    routeApi(req, res, runtime, security)
      .then((handled) => {
        if (handled) return;
        if (opts.pages) {
          // A fresh nonce per page request: Next reads it from the request's CSP header and puts it on every script it renders.
          const csp = pageCsp(newNonce(), { dev: opts.dev ?? false });
          req.headers["content-security-policy"] = csp;
          delete req.headers["content-security-policy-report-only"];
          res.setHeader("content-security-policy", csp);
          return opts.pages(req, res);
        }
        sendError(res, 404, "no page here (API-only server)");
      })
      .catch((err) => {
        console.error("request failed:", err);
        if (!res.headersSent) sendError(res, 500, "internal error");
      });
  });
  const io = attachSocket(server, runtime, security, hosts);
  runtime.watcher.start();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  return {
    runtime,
    security,
    server,
    port: (server.address() as AddressInfo).port,
    async close() {
      stopRunningCli();
      security.refusals.flush(); // counted sign-in refusals reach the audit log before the process goes
      await runtime.watcher.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      runtime.history?.close();
      releaseHistory?.();
    },
  };
}
