// Swarmscope's process: Next pages, the /api routes and socket.io on one HTTP server, plus the engine watcher.
import next from "next";
import { startAppServer } from "./app-server";
import { configFromEnv } from "./config";

async function main(): Promise<void> {
  const config = configFromEnv();
  const app = next({ dev: config.dev, hostname: config.host, port: config.port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = await startAppServer({ endpoint: config.endpoint, host: config.host, port: config.port, pages: handle });
  console.log(`Swarmscope listening on http://${config.host}:${server.port} (engine: ${config.endpoint.label})`);

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
