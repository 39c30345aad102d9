// GET /api/v1/swarm/join-tokens and /api/v1/swarm/unlock-key: admin only, read from the engine on each request, never kept or logged.
import { engineGet } from "../engine-get";

export const joinTokensRoute = engineGet("/api/v1/swarm/join-tokens", "admin", async (engine, { runtime }) => {
  const tokens = await engine.joinTokens();
  const managers = Object.values(runtime.hub.snapshot().state.nodes)
    .filter((n) => n.manager?.reachability === "reachable" && n.manager.addr)
    .sort((a, b) => Number(b.manager!.leader) - Number(a.manager!.leader));
  const addr = managers[0]?.manager?.addr ?? "MANAGER-ADDRESS:2377";
  return {
    worker: tokens.worker,
    manager: tokens.manager,
    commands: {
      worker: `docker swarm join --token ${tokens.worker} ${addr}`,
      manager: `docker swarm join --token ${tokens.manager} ${addr}`,
    },
  };
});

export const unlockKeyRoute = engineGet("/api/v1/swarm/unlock-key", "admin", async (engine, { runtime }) => {
  const key = await engine.unlockKey();
  const autolock = runtime.hub.snapshot().state.swarm?.autolock ?? false;
  return { autolock, unlockKey: key || null };
});
