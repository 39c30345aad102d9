// Swarmscope's process: Next pages, the /api routes and socket.io on one HTTP server, plus the engine watcher.
import next from "next";
import { startAppServer } from "./app-server";
import { ensureFirstAdmin } from "./auth/bootstrap";
import { listenRefusal } from "./auth/listen-rule";
import { userStoreFor } from "./auth/user-store";
import { configFromEnv } from "./config";
import { installProcessGuard } from "./process-guard";
import { hostRule } from "./auth/host-check";
import { endpointFromEnv } from "./engine/connection";
import { demoSocketPath, launchDemo } from "./demo/launch";

async function main(): Promise<void> {
  installProcessGuard();
  const config = configFromEnv();
  const users = userStoreFor(config.dataDir);
  const created = await ensureFirstAdmin(users);
  if (created) console.log(`Swarmscope: created the first admin "${created}" from SWARMSCOPE_ADMIN_PASSWORD${process.env.SWARMSCOPE_ADMIN_PASSWORD_FILE ? "_FILE" : ""}`);
  const refusal = listenRefusal(config.host, users.hasUsers());
  if (refusal) throw new Error(refusal);
  // The demo swarm (no engine configured, or SWARMSCOPE_DEMO=1): started here, then watched like any engine, through its socket.
  const demo = config.demo.demo ? await launchDemo({ size: config.demoSize, socketPath: demoSocketPath(config.dataDir) }) : null;
  const endpoints = demo ? [endpointFromEnv({ DOCKER_HOST: demo.dockerHost })] : config.managers;
  if (demo) console.log(`Demo swarm: DOCKER_HOST=${demo.dockerHost} (${config.demo.why}) — simulated by Swarmscope, not a real cluster`);
  const app = next({ dev: config.dev, hostname: config.host, port: config.port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = await startAppServer({
    endpoint: endpoints,
    host: config.host,
    port: config.port,
    pages: handle,
    users,
    dataDir: config.dataDir,
    auditMaxBytes: config.auditMaxBytes,
    dev: config.dev,
    metricsToken: config.metricsToken,
    bindPaths: config.bindPaths,
    historyMaxMb: config.historyMaxMb,
    hosts: hostRule({ listenHost: config.host, allowed: config.allowedHosts, publicUrl: config.publicUrl }),
  });
  const mode = users.hasUsers() ? "sign-in required" : "local mode, no sign-in";
  console.log(`Swarmscope listening on http://${config.host}:${server.port} (engine: ${endpoints.map((e) => e.label).join(", ")}${demo ? ", the demo swarm" : ""}; ${mode})`);

  // SIGTERM/SIGINT (a process manager, Ctrl-C, `docker stop`): stop the watcher, close every socket and the listener, then exit.
  // The audit log is written synchronously, so nothing is left to flush. A second signal, or 10 s without finishing, exits at once.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`Swarmscope: ${signal} received, shutting down`);
    setTimeout(() => process.exit(1), 10_000).unref();
    server
      .close()
      .then(() => demo?.close())
      .finally(() => process.exit(0));
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((err) => {
  console.error(`Swarmscope failed to start: ${(err as Error).message}`);
  process.exit(1);
});
