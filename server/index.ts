// Swarmscope's process: Next pages, the /api routes and socket.io on one HTTP server, plus the engine watcher.
import next from "next";
import { startAppServer } from "./app-server";
import { ensureFirstAdmin } from "./auth/bootstrap";
import { listenRefusal } from "./auth/listen-rule";
import { userStoreFor } from "./auth/user-store";
import { configFromEnv } from "./config";
import { installProcessGuard } from "./process-guard";
import { hostRule } from "./auth/host-check";

async function main(): Promise<void> {
  installProcessGuard();
  const config = configFromEnv();
  const users = userStoreFor(config.dataDir);
  const created = await ensureFirstAdmin(users);
  if (created) console.log(`Swarmscope: created the first admin "${created}" from SWARMSCOPE_ADMIN_PASSWORD`);
  const refusal = listenRefusal(config.host, users.hasUsers());
  if (refusal) throw new Error(refusal);
  const app = next({ dev: config.dev, hostname: config.host, port: config.port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = await startAppServer({ endpoint: config.endpoint, host: config.host, port: config.port, pages: handle, users, dataDir: config.dataDir, dev: config.dev, metricsToken: config.metricsToken, hosts: hostRule({ listenHost: config.host, allowed: config.allowedHosts, publicUrl: config.publicUrl }) });
  const mode = users.hasUsers() ? "sign-in required" : "local mode, no sign-in";
  console.log(`Swarmscope listening on http://${config.host}:${server.port} (engine: ${config.endpoint.label}; ${mode})`);

  const shutdown = () => {
    server.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((err) => {
  console.error(`Swarmscope failed to start: ${(err as Error).message}`);
  process.exit(1);
});
