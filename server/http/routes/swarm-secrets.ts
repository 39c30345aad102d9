// GET /api/v1/swarm/join-tokens and /api/v1/swarm/unlock-key: admin only, read from the engine on each request, never kept or logged.
import { sendJson } from "../json";
import type { Route } from "../route";

export const joinTokensRoute: Route = {
  method: "GET",
  path: "/api/v1/swarm/join-tokens",
  role: "admin",
  async handle({ res, runtime }) {
    const tokens = await (await runtime.engine()).joinTokens();
    const managers = Object.values(runtime.hub.snapshot().state.nodes)
      .filter((n) => n.manager?.reachability === "reachable" && n.manager.addr)
      .sort((a, b) => Number(b.manager!.leader) - Number(a.manager!.leader));
    const addr = managers[0]?.manager?.addr ?? "MANAGER-ADDRESS:2377";
    sendJson(res, 200, {
      worker: tokens.worker,
      manager: tokens.manager,
      commands: {
        worker: `docker swarm join --token ${tokens.worker} ${addr}`,
        manager: `docker swarm join --token ${tokens.manager} ${addr}`,
      },
    });
  },
};

export const unlockKeyRoute: Route = {
  method: "GET",
  path: "/api/v1/swarm/unlock-key",
  role: "admin",
  async handle({ res, runtime }) {
    const key = await (await runtime.engine()).unlockKey();
    const autolock = runtime.hub.snapshot().state.swarm?.autolock ?? false;
    sendJson(res, 200, { autolock, unlockKey: key || null });
  },
};
