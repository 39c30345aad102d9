// Swarmscope's process: one HTTP server for Next pages, the /api routes and socket.io, plus the engine watcher.
import http from "node:http";
import next from "next";
import { configFromEnv } from "./config";
import { routeApi } from "./http/router";
import { attachSocket } from "./hub/socket";
import { createRuntime } from "./runtime";

async function main(): Promise<void> {
  const config = configFromEnv();
  const runtime = createRuntime(config.endpoint);
  const app = next({ dev: config.dev, hostname: config.host, port: config.port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    routeApi(req, res, runtime)
      .then((handled) => (handled ? undefined : handle(req, res)))
      .catch((err) => {
        console.error("request failed:", err);
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  attachSocket(server, runtime.hub);
  runtime.watcher.start();

  server.listen(config.port, config.host, () => {
    const addr = server.address();
    const port = typeof addr === "object" && addr ? addr.port : config.port;
    console.log(`Swarmscope listening on http://${config.host}:${port} (engine: ${config.endpoint.label})`);
  });

  const shutdown = async () => {
    await runtime.watcher.stop();
    server.close();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((err) => {
  console.error(`Swarmscope failed to start: ${(err as Error).message}`);
  process.exit(1);
});
