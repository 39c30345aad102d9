// npm run demo: the demo swarm's engine alone, for the docker CLI, benchmarks and other dashboards. Flags: --socket PATH, --port N (127.0.0.1), --seed N.
import { dataDirFromEnv } from "../server/auth/user-store";
import { demoSocketPath, launchDemo } from "../server/demo/launch";
import { demoSizeFromEnv } from "../server/demo/start-rule";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function main(): Promise<void> {
  const portFlag = flag("port");
  const port = portFlag === undefined ? undefined : Number(portFlag);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new Error(`--port "${portFlag}" is not a port number`);
  const seed = Number(flag("seed") ?? 1);
  if (!Number.isInteger(seed)) throw new Error(`--seed "${flag("seed")}" is not a whole number`);
  const size = demoSizeFromEnv(process.env);
  const engine = await launchDemo({ size, seed, port, socketPath: flag("socket") ?? demoSocketPath(dataDirFromEnv(process.env)) });
  const nodes = engine.sim.nodes().length;
  const tasks = engine.sim.tasks().length;
  console.log(`Demo swarm (simulated): ${nodes} nodes, ${tasks} tasks. Use it with:`);
  for (const host of engine.hosts) console.log(`  export DOCKER_HOST=${host}`);
  const stop = () => {
    void engine.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err) => {
  console.error(`demo: ${(err as Error).message}`);
  process.exit(1);
});
