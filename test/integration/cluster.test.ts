// Integration: the server's model (over HTTP and the socket stream) equals what the docker CLI reports, on the real lab swarm.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { io, type Socket } from "socket.io-client";
import type { ClusterState, Delta, Snapshot, TaskView } from "../../lib/model-types";
import { SOCKET_PATH } from "../../lib/protocol";
import { fromSnapshot, receiveDelta, type SyncedModel } from "../../lib/stream-sync";
import { startAppServer, type AppServer } from "../../server/app-server";
import { endpointFromEnv } from "../../server/engine/connection";
import { docker, dockerJsonLines, LAB_IMAGE, labDockerHost, uniqueName } from "../support/docker-cli";

let app: AppServer;
let socket: Socket;
let streamed: SyncedModel | null = null;
let gaps = 0;
const service = uniqueName("itest");
const WAIT = { timeout: 60_000, interval: 250 };

beforeAll(async () => {
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0 });
  socket = io(`http://127.0.0.1:${app.port}`, { path: SOCKET_PATH, transports: ["websocket"] });
  socket.on("snapshot", (s: Snapshot) => (streamed = fromSnapshot(s)));
  socket.on("delta", (d: Delta) => {
    const outcome = receiveDelta(streamed, d);
    if (outcome.kind === "applied") streamed = outcome.model;
    else if (outcome.kind === "gap") {
      gaps++;
      socket.emit("snapshot:request");
    }
  });
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
});

afterAll(async () => {
  await docker("service", "rm", service).catch(() => undefined);
  await docker("node", "update", "--availability", "active", "worker2").catch(() => undefined);
  socket?.close();
  await app?.close();
});

async function apiCluster(): Promise<ClusterState> {
  const res = await fetch(`http://127.0.0.1:${app.port}/api/v1/cluster`);
  expect(res.status).toBe(200);
  return ((await res.json()) as Snapshot).state;
}

/** What `docker node ls` shows, in the model's words. */
async function cliNodes() {
  const rows = await dockerJsonLines("node", "ls");
  return rows
    .map((r) => ({
      hostname: r.Hostname,
      status: r.Status.toLowerCase(),
      availability: r.Availability.toLowerCase(),
      manager: r.ManagerStatus || "",
    }))
    .sort((a, b) => a.hostname.localeCompare(b.hostname));
}

function modelNodes(state: ClusterState) {
  return Object.values(state.nodes)
    .map((n) => ({
      hostname: n.hostname,
      status: n.status,
      availability: n.availability,
      manager: n.manager ? (n.manager.leader ? "Leader" : n.manager.reachability[0].toUpperCase() + n.manager.reachability.slice(1)) : "",
    }))
    .sort((a, b) => a.hostname.localeCompare(b.hostname));
}

/** `docker service ls`: name, mode, image and "running/desired". */
async function cliServices() {
  const rows = await dockerJsonLines("service", "ls");
  return rows.map((r) => ({ name: r.Name, mode: r.Mode, replicas: r.Replicas, image: r.Image })).sort((a, b) => a.name.localeCompare(b.name));
}

function modelServices(state: ClusterState) {
  return Object.values(state.services)
    .map((s) => ({ name: s.name, mode: s.mode, replicas: `${s.running}/${s.desired}`, image: s.image }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `docker service ps --no-trunc`: every task the engine keeps for the service, with node, desired and current state. */
async function cliTasks(name: string) {
  const rows = await dockerJsonLines("service", "ps", "--no-trunc", name);
  return rows
    .map((r) => ({
      id: r.ID,
      name: r.Name.replace(/^[\s\\_]+/, ""),
      node: r.Node,
      desired: r.DesiredState.toLowerCase(),
      current: r.CurrentState.split(" ")[0].toLowerCase(),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function modelTasks(state: ClusterState, name: string) {
  const svc = Object.values(state.services).find((s) => s.name === name);
  if (!svc) return [];
  return Object.values(state.tasks)
    .filter((t: TaskView) => t.serviceId === svc.id)
    .map((t) => ({
      id: t.id,
      name: `${name}.${t.slot ?? t.nodeId}`,
      node: t.nodeId ? (state.nodes[t.nodeId]?.hostname ?? t.nodeId) : "",
      desired: t.desiredState,
      current: t.state,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Waits until the CLI has settled on the expectation, then until HTTP and the socket stream both agree with it. */
async function expectModelMatchesCli() {
  await vi.waitFor(async () => {
    const [nodes, services, tasks] = await Promise.all([cliNodes(), cliServices(), cliTasks(service).catch(() => [])]);
    const state = await apiCluster();
    expect(modelNodes(state)).toEqual(nodes);
    expect(modelServices(state)).toEqual(services);
    expect(modelTasks(state, service)).toEqual(tasks);
    expect(streamed).not.toBeNull();
    expect(modelNodes(streamed!.cluster)).toEqual(nodes);
    expect(modelServices(streamed!.cluster)).toEqual(services);
    expect(modelTasks(streamed!.cluster, service)).toEqual(tasks);
  }, WAIT);
}

async function waitForCli(check: () => Promise<void>) {
  await vi.waitFor(check, WAIT);
}

async function runningOn(name: string) {
  return (await cliTasks(name)).filter((t) => t.desired === "running" && t.current === "running");
}

describe("the model follows the real swarm", () => {
  it("starts with 5 nodes: 3 managers (one Leader) and 2 workers, like docker node ls", async () => {
    const state = await apiCluster();
    const nodes = modelNodes(state);
    expect(nodes.map((n) => n.hostname)).toEqual(["manager1", "manager2", "manager3", "worker1", "worker2"]);
    expect(nodes.filter((n) => n.manager === "Leader")).toHaveLength(1);
    expect(state.swarm).toMatchObject({ managers: 3, workers: 2 });
    await expectModelMatchesCli();
  });

  it("sees a service created with the CLI", async () => {
    await docker("service", "create", "--detach", "--no-resolve-image", "--name", service, "--replicas", "2", "--stop-grace-period", "1s", LAB_IMAGE, "sleep", "86400");
    await waitForCli(async () => expect(await runningOn(service)).toHaveLength(2));
    await expectModelMatchesCli();
  });

  it("follows a scale up and a scale down", async () => {
    await docker("service", "scale", "--detach", `${service}=5`);
    await waitForCli(async () => expect(await runningOn(service)).toHaveLength(5));
    await expectModelMatchesCli();
    await docker("service", "scale", "--detach", `${service}=1`);
    await waitForCli(async () => {
      expect(await runningOn(service)).toHaveLength(1);
      expect((await cliTasks(service)).filter((t) => t.current === "running")).toHaveLength(1);
    });
    await expectModelMatchesCli();
  });

  it("follows a drain of worker2 and its activation", async () => {
    await docker("service", "scale", "--detach", `${service}=6`);
    await waitForCli(async () => expect(await runningOn(service)).toHaveLength(6));
    await docker("node", "update", "--availability", "drain", "worker2");
    await waitForCli(async () => {
      const live = await runningOn(service);
      expect(live).toHaveLength(6);
      expect(live.filter((t) => t.node === "worker2")).toHaveLength(0);
      expect((await cliTasks(service)).filter((t) => t.node === "worker2" && t.current === "running")).toHaveLength(0);
    });
    await expectModelMatchesCli();
    const drained = Object.values((await apiCluster()).nodes).find((n) => n.hostname === "worker2");
    expect(drained?.availability).toBe("drain");
    await docker("node", "update", "--availability", "active", "worker2");
    await expectModelMatchesCli();
  });

  it("drops a removed service and its tasks", async () => {
    await docker("service", "rm", service);
    await waitForCli(async () => expect((await cliServices()).find((s) => s.name === service)).toBeUndefined());
    await vi.waitFor(async () => {
      const state = await apiCluster();
      expect(Object.values(state.services).find((s) => s.name === service)).toBeUndefined();
      expect(modelTasks(state, service)).toEqual([]);
    }, WAIT);
    await expectModelMatchesCli();
  });

  it("streamed every change in order: versions only increased and no gap was needed", () => {
    expect(gaps).toBe(0);
    expect(streamed!.version).toBe(app.runtime.hub.snapshot().version);
  });
});
