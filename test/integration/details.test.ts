// Integration: detail views equal docker … inspect, and service logs stream over the socket with task and node.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { io, type Socket } from "socket.io-client";
import type { NodeDetail, ServiceDetail, SwarmDetail } from "../../lib/detail-types";
import { type LogLineMessage, SOCKET_PATH } from "../../lib/protocol";
import { startAppServer, type AppServer } from "../../server/app-server";
import { endpointFromEnv } from "../../server/engine/connection";
import { docker, LAB_IMAGE, labDockerHost, uniqueName, createLabService } from "../support/docker-cli";

let app: AppServer;
const svc = uniqueName("talk");
const WAIT = { timeout: 60_000, interval: 250 };

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`http://127.0.0.1:${app.port}${path}`);
  return { status: res.status, body: (await res.json()) as T };
}

beforeAll(async () => {
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0 });
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
  await createLabService(
    svc,
    "2",
    "--stop-grace-period",
    "1s",
    "--env",
    "COLOR=blue",
    "--label",
    "team=ops",
    "--constraint",
    "node.role==worker",
    LAB_IMAGE,
    "sh",
    "-c",
    'i=0; while true; do echo "tick $i"; i=$((i+1)); sleep 1; done',
  );
});

afterAll(async () => {
  await docker("service", "rm", svc).catch(() => undefined);
  await app?.close();
});

describe("detail views", () => {
  it("service detail matches docker service inspect", async () => {
    const { status, body } = await get<ServiceDetail>(`/api/v1/services/${svc}`);
    expect(status).toBe(200);
    const raw = JSON.parse(await docker("service", "inspect", svc))[0];
    expect(body.service.id).toBe(raw.ID);
    expect(body.spec.image).toBe(LAB_IMAGE);
    expect(body.spec.command).toEqual(raw.Spec.TaskTemplate.ContainerSpec.Command ?? []);
    expect(body.spec.args).toEqual(raw.Spec.TaskTemplate.ContainerSpec.Args ?? []);
    expect(body.spec.env).toEqual([{ name: "COLOR", value: "blue" }]);
    expect(body.spec.labels).toEqual({ team: "ops" });
    expect(body.spec.constraints).toEqual(["node.role==worker"]);
    expect(body.spec.stopGracePeriodSeconds).toBe(1);
    expect(body.service.replicas).toBe(2);
  });

  it("node detail matches docker node inspect", async () => {
    const { status, body } = await get<NodeDetail>("/api/v1/nodes/worker1");
    expect(status).toBe(200);
    const raw = JSON.parse(await docker("node", "inspect", "worker1"))[0];
    expect(body.node).toMatchObject({ id: raw.ID, hostname: "worker1", role: "worker", availability: raw.Spec.Availability, status: raw.Status.State, addr: raw.Status.Addr });
    expect(body.node.engineVersion).toBe(raw.Description.Engine.EngineVersion);
    expect(body.node.cpus).toBe(raw.Description.Resources.NanoCPUs / 1e9);
    expect(body.plugins.map((p) => `${p.type}/${p.name}`).sort()).toEqual(raw.Description.Engine.Plugins.map((p: { Type: string; Name: string }) => `${p.Type}/${p.Name}`).sort());
    expect(Date.parse(body.tls.trustRootExpiry!)).toBeGreaterThan(Date.now());
  });

  it("swarm detail matches docker info / swarm inspect", async () => {
    const { status, body } = await get<SwarmDetail>("/api/v1/swarm");
    expect(status).toBe(200);
    const id = (await docker("info", "--format", "{{.Swarm.Cluster.ID}}")).trim();
    expect(body.swarm.id).toBe(id);
    expect(body.swarm.managers).toBe(3);
    expect(body.swarm.workers).toBe(2);
    expect(body.swarm.taskHistoryLimit).toBe(5);
    expect(Date.parse(body.caCertificateExpiry!)).toBeGreaterThan(Date.now());
  });

  it("gives an admin the join tokens and unlock key, and never puts them in the model or the swarm view", async () => {
    const worker = (await docker("swarm", "join-token", "-q", "worker")).trim();
    const manager = (await docker("swarm", "join-token", "-q", "manager")).trim();
    const { status, body } = await get<{ worker: string; manager: string; commands: { worker: string } }>("/api/v1/swarm/join-tokens");
    expect(status).toBe(200); // local mode: the local admin
    expect(body.worker).toBe(worker);
    expect(body.manager).toBe(manager);
    expect(body.commands.worker).toMatch(new RegExp(`^docker swarm join --token ${worker} 10\\.213\\.0\\.\\d+:2377$`));
    const unlock = await get<{ autolock: boolean; unlockKey: string | null }>("/api/v1/swarm/unlock-key");
    expect(unlock).toEqual({ status: 200, body: { autolock: false, unlockKey: null } });
    for (const path of ["/api/v1/cluster", "/api/v1/swarm"]) {
      const text = await (await fetch(`http://127.0.0.1:${app.port}${path}`)).text();
      expect(text).not.toContain(worker);
      expect(text).not.toContain(manager);
    }
  });

  it("answers 404 naming the field for an unknown service or node", async () => {
    expect(await get("/api/v1/services/nope-nope")).toMatchObject({ status: 404, body: { field: "id" } });
    expect(await get("/api/v1/nodes/nope-nope")).toMatchObject({ status: 404, body: { field: "id" } });
  });
});

describe("service logs over the socket", () => {
  let socket: Socket;
  afterAll(() => socket?.close());

  it("follows the logs of every task, each line with its task and node, like docker service logs -f", async () => {
    const serviceId = JSON.parse(await docker("service", "inspect", svc))[0].ID as string;
    const lines: LogLineMessage[] = [];
    socket = io(`http://127.0.0.1:${app.port}`, { path: SOCKET_PATH, transports: ["websocket"] });
    socket.on("logs:lines", (b: { serviceId: string; lines: LogLineMessage[] }) => lines.push(...b.lines));
    await vi.waitFor(() => expect(socket.connected).toBe(true), WAIT);
    socket.emit("logs:follow", { serviceId, tail: 5 });
    // Two tasks each print a line a second: lines from both tasks keep arriving.
    await vi.waitFor(() => {
      const tasks = new Set(lines.map((l) => l.taskId));
      expect(tasks.size).toBe(2);
      expect(lines.length).toBeGreaterThanOrEqual(6);
    }, WAIT);
    const ps = (await docker("service", "ps", "--no-trunc", "--format", "{{.ID}} {{.Node}}", "--filter", "desired-state=running", svc)).trim().split("\n");
    const taskIds = new Set(ps.map((l) => l.split(" ")[0]));
    for (const l of lines) {
      expect(taskIds.has(l.taskId!)).toBe(true);
      expect(l.nodeId).toBeTruthy();
      expect(l.text).toMatch(/^tick \d+$/);
    }
    const before = lines.length;
    await vi.waitFor(() => expect(lines.length).toBeGreaterThan(before + 2), WAIT);
  });

  it("hands the initial tail of every task over merged in time order (docker service logs prints one task's tail after the other)", async () => {
    const serviceId = JSON.parse(await docker("service", "inspect", svc))[0].ID as string;
    const tail = io(`http://127.0.0.1:${app.port}`, { path: SOCKET_PATH, transports: ["websocket"] });
    try {
      const first = new Promise<LogLineMessage[]>((resolve) => tail.once("logs:lines", (b: { lines: LogLineMessage[] }) => resolve(b.lines)));
      await vi.waitFor(() => expect(tail.connected).toBe(true), WAIT);
      tail.emit("logs:follow", { serviceId, tail: 5 });
      const lines = await first;
      expect(lines.length).toBeGreaterThanOrEqual(10);
      expect(new Set(lines.map((l) => l.taskId)).size).toBe(2);
      const times = lines.map((l) => l.time);
      expect(times).toEqual([...times].sort());
    } finally {
      tail.close();
    }
  });

  it("says clearly when the log driver cannot be read", async () => {
    const quiet = uniqueName("nolog");
    await docker("service", "create", "--detach", "--no-resolve-image", "--name", quiet, "--log-driver", "none", "--stop-grace-period", "1s", LAB_IMAGE, "sleep", "86400");
    try {
      const serviceId = JSON.parse(await docker("service", "inspect", quiet))[0].ID as string;
      await vi.waitFor(async () => expect((await docker("service", "ps", "--format", "{{.CurrentState}}", quiet)).trim()).toMatch(/^Running/), WAIT);
      const errors: string[] = [];
      socket.on("logs:error", (e: { message: string }) => errors.push(e.message));
      socket.emit("logs:follow", { serviceId, tail: 5 });
      await vi.waitFor(() => expect(errors.join(" ")).toMatch(/log driver is "none": its tasks keep no logs/), WAIT);
    } finally {
      await docker("service", "rm", quiet).catch(() => undefined);
    }
  });

  it("says clearly when the service does not exist", async () => {
    const errors: string[] = [];
    socket.on("logs:error", (e: { message: string }) => errors.push(e.message));
    socket.emit("logs:follow", { serviceId: "no-such-service", tail: 5 });
    await vi.waitFor(() => expect(errors.join(" ")).toMatch(/no such service/i), WAIT);
  });
});
