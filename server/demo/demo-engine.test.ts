// The demo engine over HTTP, read back through Swarmscope's own EngineClient (dockerode) and raw requests: answers, error shapes, events and logs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineClient } from "../engine/client";
import { endpointFromEnv } from "../engine/connection";
import { LogFrameParser } from "../engine/log-frames";
import { SimulatedSwarm } from "../engine/simulated/swarm";
import { DemoEngine } from "./demo-engine";
import { launchDemo } from "./launch";

let engine: DemoEngine;
let base: string;
let client: EngineClient;

beforeAll(async () => {
  const sim = new SimulatedSwarm({ seed: 7, start: Date.now() - 600_000, services: [{ name: "web", replicas: 3 }] });
  engine = await DemoEngine.start(sim, { port: 0 });
  base = engine.dockerHost.replace("tcp://", "http://");
  client = await EngineClient.connect(endpointFromEnv({ DOCKER_HOST: engine.dockerHost }));
});
afterAll(() => engine.close());

async function get(path: string, init?: RequestInit): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await fetch(base + path, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (_ping)
  }
  return { status: res.status, body, headers: res.headers };
}

describe("the demo engine through EngineClient", () => {
  it("says it is simulated and negotiates the API version", () => {
    expect(client.simulated).toBe(true);
    expect(client.apiVersion).toBe("1.41");
  });
  it("answers the watcher's reads", async () => {
    const info = await client.info();
    expect(info.Swarm).toMatchObject({ LocalNodeState: "active", ControlAvailable: true, Nodes: 5, Managers: 3 });
    const nodes = await client.nodes();
    expect(nodes.map((n) => n.Description?.Hostname)).toEqual(["manager1", "manager2", "manager3", "worker1", "worker2"]);
    const services = await client.services();
    expect(services[0].ServiceStatus).toEqual({ RunningTasks: 3, DesiredTasks: 3 });
    const tasks = await client.tasks();
    expect(tasks.filter((t) => t.Status.State === "running")).toHaveLength(3);
  });
  it("streams service events and writes through the normal client", async () => {
    const seen: string[] = [];
    const close = await client.events(
      (e) => seen.push(`${e.Type} ${e.Action} ${e.Actor.Attributes?.name}`),
      () => {},
    );
    const { ID } = await client.createService({ Name: "demo-probe", TaskTemplate: { ContainerSpec: { Image: "lab/busybox:1" } }, Mode: { Replicated: { Replicas: 1 } } });
    await expect.poll(() => seen).toContain("service create demo-probe");
    await client.removeService(ID);
    await expect.poll(() => seen).toContain("service remove demo-probe");
    close();
  });
  it("serves a service's logs as the engine's multiplexed frames, read by Swarmscope's parser", async () => {
    const web = (await client.services()).find((s) => s.Spec.Name === "web")!;
    const stream = await client.serviceLogs(web.ID, { tail: 2, follow: false });
    const parser = new LogFrameParser();
    const lines = [];
    for await (const chunk of stream) lines.push(...parser.push(chunk as Buffer));
    expect(lines).toHaveLength(6); // the last 2 lines of each of the 3 tasks
    for (const l of lines) {
      expect(l.serviceId).toBe(web.ID);
      expect(l.taskId).toMatch(/^[a-z0-9]{25}$/);
      expect(l.nodeId).toMatch(/^[a-z0-9]{25}$/);
      expect(Date.parse(l.time)).toBeGreaterThan(0);
    }
  });
});

describe("answers like an engine", () => {
  it("_ping with the API version header, on GET and HEAD", async () => {
    const r = await get("/_ping");
    expect(r).toMatchObject({ status: 200, body: "OK" });
    expect(r.headers.get("api-version")).toBe("1.41");
    expect((await fetch(base + "/_ping", { method: "HEAD" })).status).toBe(200);
  });
  it("unknown paths and objects: 404 with a message", async () => {
    expect(await get("/v1.41/nope")).toMatchObject({ status: 404, body: { message: "page not found" } });
    expect(await get("/v1.41/services/nope")).toMatchObject({ status: 404, body: { message: "service nope not found" } });
    expect(await get("/v1.41/nodes/nope")).toMatchObject({ status: 404, body: { message: "node nope not found" } });
  });
  it("a client newer than the engine is refused as the daemon does", async () => {
    expect(await get("/v1.99/info")).toMatchObject({ status: 400, body: { message: "client version 1.99 is too new. Maximum supported API version is 1.41" } });
  });
  it.each([
    ["/v1.41/services?filters=%7B", "invalid filter"],
    ["/v1.41/nodes?filters=%7B%22bogus%22%3A%5B%22x%22%5D%7D", "invalid filter 'bogus'"],
    ["/v1.41/events?since=yesterday", 'invalid value for "since"'],
  ])("bad query %s → 400", async (path, message) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toContain(message);
  });
  it("bad bodies → 400 naming the problem, nothing created", async () => {
    const before = (await client.services()).length;
    const r = await get("/v1.41/services/create", { method: "POST", body: "{not json", headers: { "Content-Type": "application/json" } });
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toMatch(/^invalid JSON/);
    const arr = await get("/v1.41/services/create", { method: "POST", body: "[1]", headers: { "Content-Type": "application/json" } });
    expect(arr.status).toBe(400);
    expect((await client.services()).length).toBe(before);
  });
  it("node update needs a version", async () => {
    const node = (await client.nodes())[4];
    const r = await get(`/v1.41/nodes/${node.ID}/update`, { method: "POST", body: JSON.stringify(node.Spec), headers: { "Content-Type": "application/json" } });
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toMatch(/^invalid Version/);
  });
  it("events: since/until replays the past and ends", async () => {
    const now = Date.now() / 1000;
    const r = await get(`/v1.41/events?since=${Math.floor(now - 3600)}&until=${now.toFixed(3)}&filters=${encodeURIComponent('{"type":["service"]}')}`);
    expect(r.status).toBe(200);
    const lines = String(r.body)
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const e of lines) {
      expect(e.Type).toBe("service");
      expect(e.scope).toBe("swarm");
      expect(e.timeNano).toBeGreaterThan(0);
    }
  });
});

describe("launchDemo", () => {
  it("events since the demo's start reach back to the layout's creation: the shop stack's network, secret and services", async () => {
    const demo = await launchDemo({ size: null, port: 0 });
    try {
      const until = (Date.now() / 1000).toFixed(3);
      const res = await fetch(`${demo.dockerHost.replace("tcp://", "http://")}/v1.41/events?since=0&until=${until}`);
      const events = (await res.text())
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { Type: string; Action: string; Actor: { Attributes: { name?: string } } });
      const created = events.filter((e) => e.Action === "create").map((e) => `${e.Type} ${e.Actor.Attributes.name}`);
      expect(created).toEqual(
        expect.arrayContaining(["network shop_default", "secret shop_db_password", "service shop_web", "service shop_api", "service shop_db", "service node-agent"]),
      );
    } finally {
      await demo.close();
    }
  });
});
