// bench:failover — on the lab swarm: time from kill -9 of the watched manager's dockerd to the board live again on the next manager (SWARMSCOPE_MANAGERS=manager3,manager2).
// Usage: scripts/lab-swarm up; npm run bench:failover [-- --kills 5]. Kills only manager3 (never manager1, others' tests use it) and restarts it after each kill.
import { performance } from "node:perf_hooks";
import { startAppServer } from "../server/app-server";
import { managersFromEnv } from "../server/engine/connection";
import { daemonPid, ensureRunning, killDaemon, labHost, managerStatus, restartNode } from "../test/support/lab-node";

const args = process.argv.slice(2);
const i = args.indexOf("--kills");
const KILLS = i >= 0 ? Number(args[i + 1]) : 5;
const FROM = "manager3";
const TO = "manager2";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Run {
  /** kill → the watcher saw the engine go (its link left "live"). */
  detectMs: number;
  /** kill → live on manager2, full resync done (the board is live again). */
  liveMs: number;
  restartMs: number;
}

async function once(): Promise<Run> {
  await ensureRunning(FROM);
  if ((await managerStatus(TO, FROM)) !== "false reachable") throw new Error(`${FROM} must be a reachable non-leader manager before a kill`);
  const app = await startAppServer({ endpoint: managersFromEnv({ SWARMSCOPE_MANAGERS: `${labHost(FROM)},${labHost(TO)}` }), host: "127.0.0.1", port: 0 });
  try {
    await new Promise<void>((resolve) => {
      const check = () => {
        const link = app.runtime.hub.snapshot().state.engine;
        if (link.state === "live" && link.host === labHost(FROM)) {
          stop();
          resolve();
        }
      };
      const stop = app.runtime.hub.subscribe(check);
      check();
    });
    let detectedAt = 0;
    const live = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("not live on the next manager within 60 s")), 60_000);
      const stop = app.runtime.hub.subscribe(() => {
        const link = app.runtime.hub.snapshot().state.engine;
        if (!detectedAt && link.state !== "live") detectedAt = performance.now();
        if (link.state === "live" && link.host === labHost(TO)) {
          clearTimeout(timer);
          stop();
          resolve(performance.now());
        }
      });
    });
    const killedAt = performance.now();
    killDaemon(FROM);
    const liveAt = await live;
    await app.close();
    const restartStart = performance.now();
    await restartNode(FROM);
    if (daemonPid(FROM) === null) throw new Error(`${FROM} did not come back`);
    return { detectMs: (detectedAt || liveAt) - killedAt, liveMs: liveAt - killedAt, restartMs: performance.now() - restartStart };
  } finally {
    await app.close().catch(() => undefined);
    await ensureRunning(FROM);
  }
}

async function main(): Promise<void> {
  const runs: Run[] = [];
  for (let k = 1; k <= KILLS; k++) {
    const run = await once();
    runs.push(run);
    console.log(
      `kill ${k}/${KILLS}: engine lost after ${run.detectMs.toFixed(0)} ms, live on ${TO} after ${run.liveMs.toFixed(0)} ms (lab-swarm restart ${FROM}: ${(run.restartMs / 1000).toFixed(1)} s)`,
    );
  }
  const live = runs.map((r) => r.liveMs);
  console.log(
    `failover (kill -9 ${FROM} → live on ${TO}), ${KILLS} kills: median ${median(live).toFixed(0)} ms, min ${Math.min(...live).toFixed(0)} ms, max ${Math.max(...live).toFixed(0)} ms`,
  );
  console.log(`detection (kill → engine link not live): median ${median(runs.map((r) => r.detectMs)).toFixed(0)} ms`);
  process.exit(0);
}

main().catch(async (err) => {
  console.error(`bench:failover failed: ${(err as Error).message}`);
  await ensureRunning(FROM).catch(() => undefined);
  process.exit(1);
});
