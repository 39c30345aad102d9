// Integration on the real lab swarm: drive a service with the docker CLI (scale, drain a worker, set it active), note the engine's tasks per node after each step, then GET /api/v1/cluster?at= for each noted moment matches — before and after restarting the server on the same data directory.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ReplaySnapshot, TimelinePage } from "../../lib/history-types";
import type { ClusterState } from "../../lib/model-types";
import { startAppServer, type AppServer } from "../../server/app-server";
import { endpointFromEnv } from "../../server/engine/connection";
import { createLabService, docker, dockerJsonLines, labDockerHost, uniqueName } from "../support/docker-cli";
import { apiCall } from "../support/http";

const service = uniqueName("hist");
const WAIT = { timeout: 90_000, interval: 300 };
let dir: string;
let app: AppServer;

const start = () => startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0, dataDir: dir });

/** The engine's truth: running tasks of the service per node (`docker service ps`), and whether every wanted task runs. */
async function cliPerNode(): Promise<{ perNode: Record<string, number>; running: number; wanted: number }> {
  const rows = await dockerJsonLines("service", "ps", service, "--filter", "desired-state=running");
  const perNode: Record<string, number> = {};
  let running = 0;
  for (const r of rows) {
    if (!r.CurrentState.startsWith("Running")) continue;
    running++;
    perNode[r.Node] = (perNode[r.Node] ?? 0) + 1;
  }
  return { perNode, running, wanted: rows.length };
}

/** The same, read from a model (the live one or a replayed one). */
function modelPerNode(state: ClusterState): Record<string, number> {
  const perNode: Record<string, number> = {};
  for (const t of Object.values(state.tasks)) {
    if (t.serviceName !== service || t.desiredState !== "running" || t.state !== "running") continue;
    const host = state.nodes[t.nodeId ?? ""]?.hostname ?? "?";
    perNode[host] = (perNode[host] ?? 0) + 1;
  }
  return perNode;
}

const noted: { step: string; at: string; perNode: Record<string, number> }[] = [];

/** Waits for the swarm to settle on `replicas` running tasks (none on `avoid`) and for the server to have seen it; notes the moment. */
async function note(step: string, replicas: number, avoid?: string): Promise<void> {
  let truth: Record<string, number> = {};
  await vi.waitFor(async () => {
    const cli = await cliPerNode();
    expect(cli.running).toBe(replicas);
    expect(cli.wanted).toBe(replicas);
    if (avoid) expect(cli.perNode[avoid]).toBeUndefined();
    expect(modelPerNode(app.runtime.hub.snapshot().state)).toEqual(cli.perNode);
    truth = cli.perNode;
  }, WAIT);
  const at = new Date().toISOString();
  // Still the truth once the moment is taken (nothing moved in between).
  expect((await cliPerNode()).perNode).toEqual(truth);
  noted.push({ step, at, perNode: truth });
}

async function replayAt(at: string): Promise<ReplaySnapshot> {
  const res = await apiCall(app.port, "GET", `/api/v1/cluster?at=${encodeURIComponent(at)}`);
  expect({ at, status: res.status, body: res.status === 200 ? "ok" : res.body }).toEqual({ at, status: 200, body: "ok" });
  return res.body as ReplaySnapshot;
}

async function checkNoted(): Promise<void> {
  for (const n of noted) {
    const replay = await replayAt(n.at);
    expect(replay.replay).toBe(true);
    expect({ step: n.step, perNode: modelPerNode(replay.state) }).toEqual({ step: n.step, perNode: n.perNode });
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "history-lab-"));
  app = await start();
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
});

afterAll(async () => {
  await docker("node", "update", "--availability", "active", "worker2").catch(() => undefined);
  await docker("service", "rm", service).catch(() => undefined);
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("history on the lab swarm", () => {
  it("replays every noted moment as the engine had it, also after a restart", async () => {
    await createLabService(service, 2, "--stop-grace-period", "1s", "lab/busybox:1", "sleep", "1d");
    await note("created with 2", 2);
    await docker("service", "scale", "--detach", `${service}=5`);
    await note("scaled to 5", 5);
    await docker("node", "update", "--availability", "drain", "worker2");
    await note("worker2 drained", 5, "worker2");
    await docker("node", "update", "--availability", "active", "worker2");
    await docker("service", "scale", "--detach", `${service}=6`); // a new task may land on worker2 again
    await note("worker2 active, scaled to 6", 6);
    await docker("service", "scale", "--detach", `${service}=1`);
    await note("scaled to 1", 1);
    await checkNoted();

    const timeline = (await apiCall(app.port, "GET", `/api/v1/timeline?service=${service}`)).body as TimelinePage;
    const sentences = timeline.entries.map((e) => e.sentence);
    expect(sentences).toEqual(expect.arrayContaining([`${service} scaled 2 → 5`, `${service} scaled 5 → 6`, `${service} scaled 6 → 1`]));
    const drained = (await apiCall(app.port, "GET", "/api/v1/timeline?node=worker2&kind=node-drained")).body as TimelinePage;
    expect(drained.entries[0].sentence).toMatch(/^worker2 drained: /);

    // Restart the server on the same data directory: the moments are still there, and the downtime is a gap.
    const downFrom = Date.now();
    await app.close();
    await new Promise((r) => setTimeout(r, 1500));
    app = await start();
    await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
    await checkNoted();
    const gaps = (await apiCall(app.port, "GET", "/api/v1/timeline?kind=gap")).body as TimelinePage;
    expect(gaps.entries).toHaveLength(1);
    const gap = gaps.entries[0];
    expect(Date.parse(gap.at)).toBeGreaterThanOrEqual(downFrom);
    const inGap = new Date((Date.parse(gap.at) + Date.parse(gap.until!)) / 2).toISOString();
    const refused = await apiCall(app.port, "GET", `/api/v1/cluster?at=${encodeURIComponent(inGap)}`);
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ field: "at", gap: { from: gap.at, to: gap.until } });
    // After the restart the live model is recorded again.
    const now = await replayAt(new Date().toISOString());
    expect(modelPerNode(now.state)).toEqual((await cliPerNode()).perNode);
  });
});
