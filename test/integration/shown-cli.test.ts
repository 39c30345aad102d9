// Integration: the docker command each action shows is what the server did — run the shown command (in a shell, as pasted) on a twin and compare with what the server's action produced on the lab.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startAppServer, type AppServer } from "../../server/app-server";
import { endpointFromEnv } from "../../server/engine/connection";
import { docker, LAB_IMAGE, labDockerHost, uniqueName } from "../support/docker-cli";

const sh = promisify(execFile);
let app: AppServer;
const WAIT = { timeout: 60_000, interval: 250 };
const services: string[] = [];
const networks: string[] = [];

async function api(method: string, path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`http://127.0.0.1:${app.port}${path}`, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** The shown command with the server's object name swapped for the twin's, run by /bin/sh exactly as a user would paste it. */
async function runShown(cli: string, name: string, twin: string): Promise<void> {
  expect(cli).toContain(name);
  await sh("sh", ["-c", cli.split(name).join(twin)], { env: { ...process.env, DOCKER_HOST: labDockerHost() }, timeout: 120_000 });
}

async function inspect(kind: "service" | "network", name: string): Promise<Record<string, any>> {
  return JSON.parse(await docker(kind, "inspect", name))[0];
}

/** What a service spec says, with the twin's name put back to the original (the fields both doors set). */
function serviceOutcome(spec: Record<string, any>, name: string) {
  const c = spec.TaskTemplate.ContainerSpec;
  const swap = (s: string) => s.split(spec.Name).join(name);
  return {
    image: c.Image,
    command: c.Command ?? null,
    args: c.Args ?? null,
    env: [...(c.Env ?? [])].sort(),
    labels: spec.Labels ?? {},
    mode: spec.Mode,
    constraints: spec.TaskTemplate.Placement?.Constraints ?? [],
    restart: { condition: spec.TaskTemplate.RestartPolicy?.Condition, max: spec.TaskTemplate.RestartPolicy?.MaxAttempts, delay: spec.TaskTemplate.RestartPolicy?.Delay },
    stopGrace: c.StopGracePeriod,
    mounts: (c.Mounts ?? []).map((m: Record<string, unknown>) => ({ type: m.Type, source: swap(String(m.Source)), target: m.Target, readOnly: m.ReadOnly ?? false })),
    update: { parallelism: spec.UpdateConfig?.Parallelism, delay: spec.UpdateConfig?.Delay, monitor: spec.UpdateConfig?.Monitor },
  };
}

beforeAll(async () => {
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0 });
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
});

afterAll(async () => {
  for (const name of services) await docker("service", "rm", name).catch(() => undefined);
  for (const name of networks) await docker("network", "rm", name).catch(() => undefined);
  await app?.close();
});

describe("shown CLI commands reproduce the server's actions", () => {
  const svc = uniqueName("shown");
  const twin = uniqueName("twin");

  it("service create: the shown command (with --no-resolve-image) makes the same service", async () => {
    services.push(svc, twin);
    const r = await api("POST", "/api/v1/services", {
      name: svc,
      image: LAB_IMAGE,
      replicas: 2,
      command: ["sleep"],
      args: ["86400"],
      env: { GREETING: "hello 'world' $HOME", MODE: "test" },
      constraints: ["node.role!=manager"],
      restart: { condition: "on-failure", maxAttempts: 3, delay: 2 },
      update: { parallelism: 1, delay: 1, monitor: 1 },
      labels: { team: "work shop" },
      mounts: [{ source: `${svc}-data`, target: "/data" }],
      stopGracePeriod: 1,
    });
    expect(r.status).toBe(200);
    const cli = String(r.body.cli);
    expect(cli).toMatch(/^docker service create --no-resolve-image /);
    await runShown(cli, svc, twin);
    const [mine, theirs] = [await inspect("service", svc), await inspect("service", twin)];
    // The image stays as given: neither door pinned a digest (no registry lookup).
    expect(mine.Spec.TaskTemplate.ContainerSpec.Image).toBe(LAB_IMAGE);
    expect(serviceOutcome(theirs.Spec, svc)).toEqual(serviceOutcome(mine.Spec, svc));
  });

  it("service scale and update: the shown commands change the twin the same way", async () => {
    const scaled = await api("POST", `/api/v1/services/${svc}/scale`, { replicas: 3 });
    expect(scaled.status).toBe(200);
    await runShown(String(scaled.body.cli), svc, twin);
    const updated = await api("POST", `/api/v1/services/${svc}/update`, { image: "lab/busybox:2", envAdd: { MODE: "prod" }, envRemove: ["GREETING"], labelAdd: { tier: "b" } });
    expect(updated.status).toBe(200);
    const cli = String(updated.body.cli);
    expect(cli).toContain("--no-resolve-image --image lab/busybox:2");
    await runShown(cli, svc, twin);
    const [mine, theirs] = [await inspect("service", svc), await inspect("service", twin)];
    expect(mine.Spec.Mode.Replicated.Replicas).toBe(3);
    expect(mine.Spec.TaskTemplate.ContainerSpec.Image).toBe("lab/busybox:2");
    expect(serviceOutcome(theirs.Spec, svc)).toEqual(serviceOutcome(mine.Spec, svc));
  });

  it("network create: the shown command makes the same network", async () => {
    const net = uniqueName("shown-net");
    const netTwin = uniqueName("twin-net");
    networks.push(net, netTwin);
    const r = await api("POST", "/api/v1/networks", { name: net, driver: "overlay", attachable: true, labels: { lab: "shown cli" } });
    expect(r.status).toBe(200);
    await runShown(String(r.body.cli), net, netTwin);
    const pick = (n: Record<string, any>) => ({
      driver: n.Driver,
      scope: n.Scope,
      attachable: n.Attachable,
      internal: n.Internal,
      labels: n.Labels,
      options: Object.fromEntries(Object.entries(n.Options ?? {}).filter(([k]) => !k.endsWith("vxlanid_list"))),
    });
    expect(pick(await inspect("network", netTwin))).toEqual(pick(await inspect("network", net)));
  });

  it("service rm and network rm: the shown commands remove the twins as the server removed the originals", async () => {
    const rm = await api("DELETE", `/api/v1/services/${svc}`, { confirm: svc });
    expect(rm.status).toBe(200);
    await runShown(String(rm.body.cli), svc, twin);
    await expect(docker("service", "inspect", svc)).rejects.toThrow();
    await expect(docker("service", "inspect", twin)).rejects.toThrow();
  });
});
