// A Swarmscope server without Next's pages (the API and socket only), run as its own process by tests that kill it.
import { startAppServer } from "../../server/app-server";
import { configFromEnv } from "../../server/config";

async function main(): Promise<void> {
  const config = configFromEnv();
  const app = await startAppServer({ endpoint: config.managers, host: config.host, port: config.port, dataDir: config.dataDir, bindPaths: config.bindPaths });
  console.log(`api listening on ${app.port}`);
}

void main();
