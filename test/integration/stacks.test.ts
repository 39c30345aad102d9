// Integration: stacks on the real lab swarm — deploy a WordPress-shaped stack, redeploy with prod settings, remove; secrets; bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ActionReport } from "../../lib/action-types";
import type { StackCheck, StackStreamLine } from "../../lib/stack-types";
import { startAppServer, type AppServer } from "../../server/app-server";
import { endpointFromEnv } from "../../server/engine/connection";
import { docker, dockerJsonLines, labDockerHost, uniqueName } from "../support/docker-cli";
import { apiCall } from "../support/http";

let app: AppServer;
const stack = uniqueName("wp").replace(/-/g, "_");
const failing = uniqueName("half").replace(/-/g, "_");
const secretName = uniqueName("plainsecret");
const extStack = uniqueName("ext").replace(/-/g, "_");
const extSecret = uniqueName("extsecret");
const WAIT = { timeout: 90_000, interval: 300 };
const port = 20000 + Math.floor(Math.random() * 9000);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-data-"));

const COMPOSE = `version: "3.8"
services:
  db:
    image: lab/busybox:\${db.image.version}
    command: ["sleep", "86400"]
    stop_grace_period: 1s
    environment:
      MYSQL_PASSWORD_FILE: /run/secrets/db_password
    volumes:
      - db_data:/var/lib/mysql
    secrets:
      - db_password
    networks: [back]
  web:
    image: lab/busybox:1
    command: ["sleep", "86400"]
    stop_grace_period: 1s
    depends_on: [db]
    ports:
      - "\${web.port}:80"
    environment:
      WORDPRESS_DB_HOST: db
    networks: [back]
    deploy:
      replicas: \${web.replicas}
networks:
  back:
    driver: overlay
volumes:
  db_data:
secrets:
  db_password:
    file: ./db_password.txt
`;

const SETTINGS = `db:
  image:
    version: "1"
web:
  port: ${port}
  replicas: 1
sets:
  prod:
    web:
      port: ${port + 1}
      replicas: 3
`;

const FILES = { "./db_password.txt": { data: "s3cret-value", encoding: "utf8" } };

const api = (method: string, p: string, body?: unknown) => apiCall(app.port, method, p, body);

/** POST …/deploy: the NDJSON stream's output lines and its final report. */
async function deploy(name: string, body: unknown): Promise<{ status: number; lines: StackStreamLine[]; report: ActionReport | null; body: any; text: string }> {
  const r = await api("POST", `/api/v1/stacks/${name}/deploy`, body);
  if (r.status !== 200) return { status: r.status, lines: [], report: null, body: r.body, text: r.text };
  const lines = r.text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as StackStreamLine);
  const last = lines.at(-1);
  return { status: r.status, lines, report: last?.type === "report" ? last.report : null, body: null, text: r.text };
}

const labelled = (name: string) => `label=com.docker.stack.namespace=${name}`;
async function stackLeftovers(name: string) {
  const [services, networks, secrets] = await Promise.all([
    dockerJsonLines("service", "ls", "--filter", labelled(name)),
    dockerJsonLines("network", "ls", "--filter", labelled(name)),
    dockerJsonLines("secret", "ls", "--filter", labelled(name)),
  ]);
  return [...services.map((s) => `service ${s.Name}`), ...networks.map((n) => `network ${n.Name}`), ...secrets.map((s) => `secret ${s.Name}`)];
}

const NODES = ["manager1", "manager2", "manager3", "worker1", "worker2"];
const nodeHost = (node: string) => labDockerHost().replace(/manager\d+(?=\/docker\.sock$)/, node);
async function volumesEverywhere(name: string): Promise<string[]> {
  const out: string[] = [];
  for (const node of NODES) {
    for (const v of await dockerJsonLines("--host", nodeHost(node), "volume", "ls", "--filter", labelled(name))) out.push(`${v.Name} on ${node}`);
  }
  return out;
}

beforeAll(async () => {
  process.env.SWARMSCOPE_DATA_DIR = dataDir;
  // Every lab node's engine, so the stack's volumes can be found (and removed) wherever its tasks ran.
  process.env.SWARMSCOPE_NODE_HOSTS = NODES.map((n) => `${n}=${nodeHost(n)}`).join(",");
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0 });
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
});

afterAll(async () => {
  for (const name of [stack, failing, extStack]) await docker("stack", "rm", name).catch(() => undefined);
  // Volumes a failed run may have left behind, on whichever node ran the task.
  await vi
    .waitFor(async () => {
      for (const name of [stack, failing]) {
        for (const node of NODES) {
          for (const v of await dockerJsonLines("--host", nodeHost(node), "volume", "ls", "--filter", labelled(name)))
            await docker("--host", nodeHost(node), "volume", "rm", v.Name);
        }
      }
    }, WAIT)
    .catch(() => undefined);
  await docker("secret", "rm", secretName).catch(() => undefined);
  await vi.waitFor(() => docker("secret", "rm", extSecret), WAIT).catch(() => undefined);
  await app?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("a WordPress-shaped stack", () => {
  it("validates: rendered with the default settings, a plan that creates everything", async () => {
    const r = await api("POST", `/api/v1/stacks/${stack}/validate`, { compose: COMPOSE, settings: SETTINGS, files: FILES });
    expect(r.status).toBe(200);
    const check = r.body as StackCheck;
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.rendered).toContain(`"${port}:80"`);
    expect(check.images).toEqual(["lab/busybox:1"]);
    expect(check.imageNodes["lab/busybox:1"]).toEqual({ present: expect.arrayContaining(NODES), missing: [] });
    expect(check.settingsSets).toEqual(["prod"]);
    expect(check.plan!.filter((i) => i.action === "create").map((i) => `${i.kind} ${i.name}`)).toEqual([
      `network ${stack}_back`,
      `secret ${stack}_db_password`,
      `service ${stack}_db`,
      `service ${stack}_web`,
      `volume ${stack}_db_data`,
    ]);
    expect(JSON.stringify(r.body)).not.toContain("s3cret-value");
  });

  it("deploys with the docker CLI, streaming its output; docker stack services, service inspect and secret ls agree", async () => {
    const r = await deploy(stack, { compose: COMPOSE, settings: SETTINGS, files: FILES });
    expect(r.status).toBe(200);
    expect(r.report).toMatchObject({ ok: true, action: "stack.deploy", cli: `docker stack deploy --compose-file docker-compose.yml --resolve-image never ${stack}` });
    expect(
      r.lines
        .filter((l) => l.type === "output")
        .map((l) => (l as { text: string }).text)
        .join("\n"),
    ).toContain(`Creating service ${stack}_web`);
    expect(r.report!.done).toEqual(
      expect.arrayContaining([`created network ${stack}_back`, `created secret ${stack}_db_password`, `created service ${stack}_db`, `created service ${stack}_web`]),
    );
    expect(r.report!.notDone).toEqual([]);
    expect(r.text).not.toContain("s3cret-value");

    const services = await dockerJsonLines("stack", "services", stack);
    expect(services.map((s) => s.Name).sort()).toEqual([`${stack}_db`, `${stack}_web`]);
    await vi.waitFor(async () => {
      const s = await dockerJsonLines("stack", "services", stack);
      expect(s.map((x) => x.Replicas).sort()).toEqual(["1/1", "1/1"]);
    }, WAIT);
    const web = JSON.parse(await docker("service", "inspect", `${stack}_web`))[0];
    expect(web.Spec.EndpointSpec.Ports).toEqual([{ Protocol: "tcp", TargetPort: 80, PublishedPort: port, PublishMode: "ingress" }]);
    expect(web.Spec.Labels["com.docker.stack.namespace"]).toBe(stack);
    const nets = await dockerJsonLines("network", "ls", "--no-trunc", "--filter", `name=${stack}_back`);
    expect(nets).toHaveLength(1);
    expect(web.Spec.TaskTemplate.Networks.map((n: any) => n.Target)).toEqual([nets[0].ID]);
    const db = JSON.parse(await docker("service", "inspect", `${stack}_db`))[0];
    expect(db.Spec.TaskTemplate.ContainerSpec.Secrets.map((s: any) => s.SecretName)).toEqual([`${stack}_db_password`]);
    expect(db.Spec.TaskTemplate.ContainerSpec.Mounts).toEqual([expect.objectContaining({ Type: "volume", Source: `${stack}_db_data`, Target: "/var/lib/mysql" })]);
    const secrets = await dockerJsonLines("secret", "ls", "--filter", `name=${stack}_db_password`);
    expect(secrets.map((s) => s.Name)).toEqual([`${stack}_db_password`]);
    await vi.waitFor(() => {
      const st = Object.values(app.runtime.hub.snapshot().state.secrets).find((s) => s.name === `${stack}_db_password`);
      expect(st?.stack).toBe(stack);
    }, WAIT);
  });

  it("lists the stack with its services, network, secret, volume and the last deployed files", async () => {
    await vi.waitFor(async () => {
      const r = await api("GET", `/api/v1/stacks/${stack}`);
      expect(r.status).toBe(200);
      expect(r.body.stack.services.map((s: any) => s.name)).toEqual([`${stack}_db`, `${stack}_web`]);
      expect(r.body.stack.networks.map((n: any) => n.name)).toEqual([`${stack}_back`]);
      expect(r.body.stack.secrets.map((n: any) => n.name)).toEqual([`${stack}_db_password`]);
      expect(r.body.saved).toMatchObject({ name: stack, compose: COMPOSE, settings: SETTINGS, settingsSet: null, files: ["db_password.txt"] });
      expect(JSON.stringify(r.body.saved)).not.toContain("s3cret-value");
      expect(r.body.volumeNodes).toHaveLength(5);
      expect(r.body.volumes.map((v: any) => v.name)).toEqual([`${stack}_db_data`]);
    }, WAIT);
  });

  it("previews a redeploy with the prod settings: exactly the replicas and the published port of web change", async () => {
    const same = await api("POST", `/api/v1/stacks/${stack}/validate`, { compose: COMPOSE, settings: SETTINGS, files: FILES });
    expect(same.body.plan.filter((i: any) => i.action !== "unchanged")).toEqual([]);
    const r = await api("POST", `/api/v1/stacks/${stack}/validate`, { compose: COMPOSE, settings: SETTINGS, settingsSet: "prod", files: FILES });
    expect(r.status).toBe(200);
    const changed = (r.body as StackCheck).plan!.filter((i) => i.action !== "unchanged");
    expect(changed).toEqual([
      {
        kind: "service",
        name: `${stack}_web`,
        action: "update",
        changes: [
          { field: "replicas", from: "1", to: "3" },
          { field: "ports", from: `${port}:80/tcp`, to: `${port + 1}:80/tcp` },
        ],
        note: null,
      },
    ]);
  });

  it("redeploys with prod: three replicas on the new port, checked with the CLI", async () => {
    const r = await deploy(stack, { compose: COMPOSE, settings: SETTINGS, settingsSet: "prod", files: FILES });
    expect(r.report).toMatchObject({ ok: true, done: [`updated service ${stack}_web (replicas, ports)`], notDone: [] });
    const web = JSON.parse(await docker("service", "inspect", `${stack}_web`))[0];
    expect(web.Spec.Mode.Replicated.Replicas).toBe(3);
    expect(web.Spec.EndpointSpec.Ports[0].PublishedPort).toBe(port + 1);
    await vi.waitFor(async () => {
      const s = await dockerJsonLines("stack", "services", stack);
      expect(s.find((x) => x.Name === `${stack}_web`)?.Replicas).toBe("3/3");
    }, WAIT);
    expect((await api("GET", `/api/v1/stacks/${stack}`)).body.saved.settingsSet).toBe("prod");
  });

  it("reports which objects were created and which were not when a deploy fails half-way", async () => {
    // Same published port as the running stack: the network and secret get made, the web service is refused.
    const r = await deploy(failing, { compose: COMPOSE, settings: SETTINGS, settingsSet: "prod", files: FILES });
    expect(r.status).toBe(200);
    expect(r.report!.ok).toBe(false);
    expect(r.report!.done).toEqual(expect.arrayContaining([`created network ${failing}_back`, `created secret ${failing}_db_password`]));
    expect(r.report!.notDone).toContain(`create service ${failing}_web`);
    const rm = await api("DELETE", `/api/v1/stacks/${failing}`, { confirm: failing, volumes: true });
    expect(rm.status).toBe(200);
    await vi.waitFor(async () => expect(await stackLeftovers(failing)).toEqual([]), WAIT);
    expect(await volumesEverywhere(failing)).toEqual([]);
  });

  it("removes the stack (and, when asked, its volumes) after confirmation: nothing labelled with it is left", async () => {
    const wrong = await api("DELETE", `/api/v1/stacks/${stack}`, { confirm: "nope" });
    expect(wrong).toMatchObject({ status: 400, body: { field: "confirm" } });
    expect((await volumesEverywhere(stack)).length).toBe(1);
    const r = await api("DELETE", `/api/v1/stacks/${stack}`, { confirm: stack, volumes: true });
    expect(r.body.notDone).toEqual([]);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, cli: `docker stack rm ${stack}`, notDone: [] });
    expect(r.body.done).toEqual(
      expect.arrayContaining([`removed service ${stack}_web`, `removed secret ${stack}_db_password`, expect.stringMatching(new RegExp(`^removed volume ${stack}_db_data on `))]),
    );
    await vi.waitFor(async () => expect(await stackLeftovers(stack)).toEqual([]), WAIT);
    expect(await volumesEverywhere(stack)).toEqual([]);
    expect((await dockerJsonLines("stack", "ls")).some((s) => s.Name === stack)).toBe(false);
  });
});

describe("secrets", () => {
  it("creates a secret from text with labels and never answers with its value", async () => {
    const r = await api("POST", "/api/v1/secrets", { name: secretName, data: "top-secret-text", labels: { team: "lab" } });
    expect(r.status).toBe(200);
    expect(r.body.cli).toBe(`docker secret create --label team=lab ${secretName} -`);
    const ls = await dockerJsonLines("secret", "ls", "--filter", `name=${secretName}`);
    expect(ls.map((s) => s.Name)).toEqual([secretName]);
    const inspect = JSON.parse(await docker("secret", "inspect", secretName))[0];
    expect(inspect.Spec.Labels).toEqual({ team: "lab" });
    await vi.waitFor(() => expect(Object.values(app.runtime.hub.snapshot().state.secrets).some((s) => s.name === secretName)).toBe(true), WAIT);
    const cluster = await api("GET", "/api/v1/cluster");
    expect(cluster.text).not.toContain("top-secret-text");
    expect(cluster.text).not.toContain(Buffer.from("top-secret-text").toString("base64"));
  });

  it("removes it after confirmation", async () => {
    expect((await api("DELETE", `/api/v1/secrets/${secretName}`, { confirm: secretName })).status).toBe(200);
    expect(await dockerJsonLines("secret", "ls", "--filter", `name=${secretName}`)).toEqual([]);
  });
});

describe("without the docker CLI", () => {
  it("says so with how to install it, refuses to deploy, and still reads stacks", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent-bin"; // the API server runs in this process
    try {
      const cli = await api("GET", "/api/v1/docker-cli");
      expect(cli.body).toMatchObject({ available: false, hint: expect.stringContaining("apt-get install docker.io") });
      const r = await deploy("nocli", { compose: "services:\n  a:\n    image: lab/busybox:1\n" });
      expect(r.status).toBe(503);
      expect(r.body.error).toMatch(/not installed.*apt-get install docker\.io/);
      expect((await api("GET", "/api/v1/stacks")).status).toBe(200);
    } finally {
      process.env.PATH = path;
    }
    expect((await api("GET", "/api/v1/docker-cli")).body.available).toBe(true);
    expect(await stackLeftovers("nocli")).toEqual([]);
  });
});

describe("external secrets", () => {
  it("deploys a stack that mounts a secret created beforehand; the secret cannot be removed while used", async () => {
    expect((await api("POST", "/api/v1/secrets", { name: extSecret, data: Buffer.from("ext-value").toString("base64"), encoding: "base64" })).status).toBe(200);
    const compose = `version: "3.8"
services:
  app:
    image: lab/busybox:1
    command: ["sleep", "86400"]
    stop_grace_period: 1s
    secrets:
      - source: shared
        target: shared_password
secrets:
  shared:
    external: true
    name: ${extSecret}
`;
    const check = await api("POST", `/api/v1/stacks/${extStack}/validate`, { compose: compose.replace("lab/busybox:1", "lab/not-here:9") });
    expect(check.body.imageNodes["lab/not-here:9"]).toEqual({ present: [], missing: expect.arrayContaining(NODES) });
    expect(check.body.ok).toBe(true); // a node may still pull it: a hint, not a refusal
    expect(check.body.plan.find((i: any) => i.kind === "secret")).toMatchObject({ name: extSecret, action: "unchanged", note: "external" });
    const r = await deploy(extStack, { compose });
    expect(r.report).toMatchObject({ ok: true, cli: `docker stack deploy --compose-file - --resolve-image never ${extStack}` });
    const app = JSON.parse(await docker("service", "inspect", `${extStack}_app`))[0];
    expect(app.Spec.TaskTemplate.ContainerSpec.Secrets).toEqual([expect.objectContaining({ SecretName: extSecret, File: expect.objectContaining({ Name: "shared_password" }) })]);
    await vi.waitFor(async () => {
      const rm = await api("DELETE", `/api/v1/secrets/${extSecret}`, { confirm: extSecret });
      expect(rm.status).toBe(409);
      expect(rm.body.error).toContain(`${extStack}_app`);
    }, WAIT);
    expect((await api("DELETE", `/api/v1/stacks/${extStack}`, { confirm: extStack })).status).toBe(200);
    // docker stack rm leaves external secrets alone.
    expect((await dockerJsonLines("secret", "ls", "--filter", `name=${extSecret}`)).map((s) => s.Name)).toEqual([extSecret]);
  });
});

describe("stack and secret bad input: a 4xx naming the problem, and nothing deployed", () => {
  const ok = { compose: COMPOSE, settings: SETTINGS, files: FILES };
  const bigSecret = "x".repeat(500 * 1024 + 1);
  type Case = { name: string; method?: string; path: string; body: unknown; status: number; field: string; error: RegExp };
  /** DELETE PATH, confirmed, of something that does not exist: 404 naming FIELD. */
  const removeUnknown = (name: string, path: string, confirm: string, field: string, error: RegExp): Case => ({
    name,
    method: "DELETE",
    path,
    body: { confirm },
    status: 404,
    field,
    error,
  });
  const cases: Case[] = [
    { name: "invalid YAML", path: "/api/v1/stacks/bad1/deploy", body: { ...ok, compose: "services:\n  web: [\n" }, status: 400, field: "compose", error: /YAML syntax/ },
    {
      name: "unknown key",
      path: "/api/v1/stacks/bad2/deploy",
      body: { ...ok, compose: COMPOSE.replace("    depends_on: [db]", "    depends_on: [db]\n    replicaz: 2") },
      status: 400,
      field: "compose",
      error: /services\.web\.replicaz: unknown key/,
    },
    {
      name: "wrong type",
      path: "/api/v1/stacks/bad3/deploy",
      body: { ...ok, compose: COMPOSE.replace("replicas: ${web.replicas}", "replicas: many") },
      status: 400,
      field: "compose",
      error: /services\.web\.deploy\.replicas: must be integer/,
    },
    {
      name: "bad port",
      path: "/api/v1/stacks/bad4/deploy",
      body: { ...ok, compose: COMPOSE.replace('"${web.port}:80"', '"http"') },
      status: 400,
      field: "compose",
      error: /services\.web\.ports\[0\]/,
    },
    {
      name: "unresolved variable",
      path: "/api/v1/stacks/bad5/deploy",
      body: { ...ok, settings: "" },
      status: 400,
      field: "compose",
      error: /\$\{db\.image\.version\} has no value/,
    },
    {
      name: "unknown settings set",
      path: "/api/v1/stacks/bad6/deploy",
      body: { ...ok, settingsSet: "staging" },
      status: 400,
      field: "settings",
      error: /no settings set named staging/,
    },
    { name: "settings not YAML", path: "/api/v1/stacks/bad7/deploy", body: { ...ok, settings: "a: [" }, status: 400, field: "settings", error: /YAML/ },
    { name: "missing secret file", path: "/api/v1/stacks/bad8/deploy", body: { ...ok, files: {} }, status: 400, field: "files", error: /upload the file \.\/db_password\.txt/ },
    {
      name: "secret file outside the folder",
      path: "/api/v1/stacks/bad9/deploy",
      body: { ...ok, compose: COMPOSE.replace("./db_password.txt", "../../etc/shadow") },
      status: 400,
      field: "compose",
      error: /relative path/,
    },
    {
      name: "secret file over 500 KB",
      path: "/api/v1/stacks/bad10/deploy",
      body: { ...ok, files: { "./db_password.txt": { data: bigSecret } } },
      status: 400,
      field: "files",
      error: /500 KB/,
    },
    {
      name: "compose over 1 MB",
      path: "/api/v1/stacks/bad11/deploy",
      body: { ...ok, compose: `${COMPOSE}x-pad: "${"a".repeat(1024 * 1024)}"\n` },
      status: 400,
      field: "compose",
      error: /limit is 1048576 bytes \(1 MB\)/,
    },
    {
      name: "env_file from the server's disk",
      path: "/api/v1/stacks/bad18/deploy",
      body: { ...ok, compose: COMPOSE.replace("    depends_on: [db]", "    depends_on: [db]\n    env_file: /etc/passwd") },
      status: 400,
      field: "compose",
      error: /env_file\[0\]: "\/etc\/passwd" must be a relative path/,
    },
    {
      name: "env_file not uploaded",
      path: "/api/v1/stacks/bad19/deploy",
      body: { ...ok, compose: COMPOSE.replace("    depends_on: [db]", "    depends_on: [db]\n    env_file: ./web.env") },
      status: 400,
      field: "files",
      error: /upload the file \.\/web\.env/,
    },
    { name: "version 2", path: "/api/v1/stacks/bad12/deploy", body: { ...ok, compose: COMPOSE.replace('"3.8"', '"2.4"') }, status: 400, field: "compose", error: /version 3\.x/ },
    {
      name: "service without image",
      path: "/api/v1/stacks/bad13/deploy",
      body: { ...ok, compose: COMPOSE.replace("    image: lab/busybox:1\n", "") },
      status: 400,
      field: "compose",
      error: /needs an image/,
    },
    {
      name: "missing external secret",
      path: "/api/v1/stacks/bad14/deploy",
      body: { ...ok, compose: COMPOSE.replace("    file: ./db_password.txt", "    external: true") },
      status: 400,
      field: "compose",
      error: /external secret db_password does not exist/,
    },
    {
      name: "stack name with shell characters",
      path: `/api/v1/stacks/${encodeURIComponent("a;rm -rf /")}/deploy`,
      body: ok,
      status: 400,
      field: "name",
      error: /Docker's name rule/,
    },
    { name: "stack name $(id)", path: `/api/v1/stacks/${encodeURIComponent("$(id)")}/deploy`, body: ok, status: 400, field: "name", error: /Docker's name rule/ },
    { name: "stack name ../x", path: `/api/v1/stacks/${encodeURIComponent("../x")}/deploy`, body: ok, status: 400, field: "name", error: /Docker's name rule/ },
    { name: "stack name with a space", path: `/api/v1/stacks/${encodeURIComponent("my stack")}/deploy`, body: ok, status: 400, field: "name", error: /Docker's name rule/ },
    { name: "stack name too long", path: `/api/v1/stacks/${"a".repeat(41)}/deploy`, body: ok, status: 400, field: "name", error: /at most 40/ },
    { name: "name in the body", path: "/api/v1/stacks/bad15/deploy", body: { ...ok, name: "other" }, status: 400, field: "name", error: /URL/ },
    { name: "unknown field", path: "/api/v1/stacks/bad16/deploy", body: { ...ok, detach: false }, status: 400, field: "detach", error: /unknown field/ },
    { name: "compose not a string", path: "/api/v1/stacks/bad17/deploy", body: { ...ok, compose: 42 }, status: 400, field: "compose", error: /compose/ },
    removeUnknown("remove without confirmation", "/api/v1/stacks/no_such_stack_here", "x", "name", /no such stack/),
    { name: "secret over 500 KB", path: "/api/v1/secrets", body: { name: "badsecret1", data: bigSecret }, status: 400, field: "data", error: /500 KB/ },
    { name: "empty secret", path: "/api/v1/secrets", body: { name: "badsecret2", data: "" }, status: 400, field: "data", error: /empty/ },
    { name: "secret not base64", path: "/api/v1/secrets", body: { name: "badsecret3", data: "%%%", encoding: "base64" }, status: 400, field: "data", error: /base64/ },
    { name: "secret name with shell characters", path: "/api/v1/secrets", body: { name: "s;rm -rf /", data: "x" }, status: 400, field: "name", error: /name/ },
    { name: "secret name ../x", path: "/api/v1/secrets", body: { name: "../x", data: "x" }, status: 400, field: "name", error: /name/ },
    {
      name: "secret with a stack label",
      path: "/api/v1/secrets",
      body: { name: "badsecret4", data: "x", labels: { "com.docker.stack.namespace": "wp" } },
      status: 400,
      field: "labels.com.docker.stack.namespace",
      error: /docker stack deploy/,
    },
    {
      name: "secret label key with a space",
      path: "/api/v1/secrets",
      body: { name: "badsecret5", data: "x", labels: { "a b": "c" } },
      status: 400,
      field: "labels.a b",
      error: /label/,
    },
    removeUnknown("remove an unknown secret", "/api/v1/secrets/no-such-secret-here", "no-such-secret-here", "id", /no such secret/),
    { name: "config over 500 KB", path: "/api/v1/configs", body: { name: "badconfig1", data: bigSecret }, status: 400, field: "data", error: /500 KB/ },
  ];

  async function fingerprint() {
    // Only what these cases could make (other people use the lab too): stacks, stack services, and bad* secrets/configs.
    const [stacks, secrets, configs, services] = await Promise.all([
      dockerJsonLines("stack", "ls"),
      dockerJsonLines("secret", "ls"),
      dockerJsonLines("config", "ls"),
      dockerJsonLines("service", "ls", "--filter", "label=com.docker.stack.namespace"),
    ]);
    const mine = (n: string) => /bad|^\.\.|;|\$/.test(n);
    return {
      stacks: stacks.map((s) => s.Name).sort(),
      secrets: secrets
        .filter((s) => mine(s.Name))
        .map((s) => s.Name)
        .sort(),
      configs: configs
        .filter((s) => mine(s.Name))
        .map((s) => s.Name)
        .sort(),
      services: services.map((s) => s.Name).sort(),
    };
  }

  it(`has at least 20 cases (${cases.length})`, () => expect(cases.length).toBeGreaterThanOrEqual(20));

  for (const c of cases) {
    it(c.name, async () => {
      const before = await fingerprint();
      const r = await api(c.method ?? "POST", c.path, c.body);
      expect(r.status).toBe(c.status);
      expect(r.body).toMatchObject({ ok: false, field: c.field });
      expect(r.body.error).toMatch(c.error);
      expect(r.text).not.toContain("s3cret-value");
      expect(await fingerprint()).toEqual(before);
    });
  }
});
