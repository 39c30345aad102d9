// Integration (issue #10 §4): the run policy on the lab swarm — per field and role, through the service API, update, rollback and stack files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../../server/app-server";
import { UserStore } from "../../server/auth/user-store";
import { endpointFromEnv } from "../../server/engine/connection";
import { docker, LAB_IMAGE, labDockerHost, uniqueName } from "../support/docker-cli";
import { apiCall } from "../support/http";

const PASSWORD = "lab-password-1";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-policy-"));
const shared = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-shared-"));
const created: string[] = [];
const stacks: string[] = [];
let app: AppServer;
let users: UserStore;
const cookie: Record<string, string> = {};

const as = (role: "operator" | "admin", method: string, p: string, body?: unknown) => apiCall(app.port, method, p, body, { cookie: cookie[role] });
const serviceExists = async (name: string) => (await docker("service", "ls", "--filter", `name=${name}`, "--format", "{{.Name}}")).split("\n").includes(name);
const stackExists = async (name: string) => (await docker("stack", "ls", "--format", "{{.Name}}")).split("\n").includes(name);

beforeAll(async () => {
  users = new UserStore(dataDir);
  await users.add("operator1", "operator", PASSWORD);
  await users.add("admin1", "admin", PASSWORD);
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0, users, dataDir, bindPaths: [shared] });
  for (const role of ["operator", "admin"] as const) {
    const r = await fetch(`http://127.0.0.1:${app.port}/api/v1/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: `${role}1`, password: PASSWORD }),
    });
    cookie[role] = (r.headers.get("set-cookie") ?? "").split(";")[0];
  }
});

afterAll(async () => {
  for (const s of stacks) await docker("stack", "rm", s).catch(() => undefined);
  for (const s of created) await docker("service", "rm", s).catch(() => undefined);
  await app?.close();
  users?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(shared, { recursive: true, force: true });
});

describe("service create through the API", () => {
  const cases: { name: string; body: Record<string, unknown>; field: string; rule: string }[] = [
    { name: "bind of /", body: { mounts: [{ type: "bind", source: "/", target: "/host" }] }, field: "mounts[0]", rule: "docker socket" },
    {
      name: "bind of /etc",
      body: {
        mounts: [
          { type: "volume", source: "v", target: "/v" },
          { type: "bind", source: "/etc", target: "/x", readOnly: true },
        ],
      },
      field: "mounts[1]",
      rule: "bind mount",
    },
    { name: "the docker socket", body: { mounts: [{ type: "bind", source: "/var/run/docker.sock", target: "/var/run/docker.sock" }] }, field: "mounts[0]", rule: "docker socket" },
    { name: "a bind escaping the allow-list with ..", body: { mounts: [{ type: "bind", source: `${shared}/../../etc`, target: "/x" }] }, field: "mounts[0]", rule: "bind mount" },
    { name: "user root", body: { user: "root" }, field: "user", rule: "root user" },
    { name: "user 0:0", body: { user: "0:0" }, field: "user", rule: "root user" },
    { name: "cap_add", body: { capAdd: ["SYS_ADMIN"] }, field: "capAdd", rule: "capabilities" },
    { name: "the host network", body: { networks: ["host"] }, field: "networks[0]", rule: "host network" },
  ];
  for (const c of cases) {
    it(`${c.name}: an operator gets 403 naming ${c.field} and "${c.rule}", nothing is created; an admin creates it`, async () => {
      const name = uniqueName("pol");
      const body = { name, image: LAB_IMAGE, command: ["sleep", "1d"], replicas: 0, ...c.body };
      const refused = await as("operator", "POST", "/api/v1/services", body);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ ok: false, field: c.field, rule: c.rule, notDone: ["service.create was not applied"] });
      expect(refused.body.error).toMatch(/admin only/);
      expect(await serviceExists(name)).toBe(false);
      created.push(name);
      const ok = await as("admin", "POST", "/api/v1/services", body);
      expect(ok.status, ok.text).toBe(200);
      const spec = JSON.parse(await docker("service", "inspect", "--format", "{{json .Spec.TaskTemplate}}", name));
      if (c.body.mounts) expect(spec.ContainerSpec.Mounts.map((m: { Type: string }) => m.Type)).toEqual((c.body.mounts as { type: string }[]).map((m) => m.type));
      if (c.body.user) expect(spec.ContainerSpec.User).toBe(c.body.user);
      if (c.body.capAdd) expect(spec.ContainerSpec.CapabilityAdd).toEqual(c.body.capAdd);
    });
  }

  it("an operator may bind a folder under SWARMSCOPE_BIND_PATHS, and use named volumes, tmpfs and a plain user", async () => {
    const name = uniqueName("pol");
    created.push(name);
    const r = await as("operator", "POST", "/api/v1/services", {
      name,
      image: LAB_IMAGE,
      command: ["sleep", "1d"],
      replicas: 0,
      user: "nobody",
      mounts: [
        { type: "bind", source: `${shared}/sub`, target: "/s" },
        { type: "volume", source: "data", target: "/d" },
        { type: "tmpfs", target: "/t" },
      ],
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body.cli).toContain(`--mount type=bind,source=${shared}/sub,target=/s`);
    const mounts = JSON.parse(await docker("service", "inspect", "--format", "{{json .Spec.TaskTemplate.ContainerSpec.Mounts}}", name));
    expect(mounts[0]).toMatchObject({ Type: "bind", Source: `${shared}/sub`, Target: "/s" });
  });
});

describe("update and rollback keep what an admin set, and refuse what would come back", () => {
  it("an operator updates a service an admin gave a bind mount; after the admin drops the mount, the operator's rollback (which would restore it) is refused, the admin's is not", async () => {
    const name = uniqueName("pol");
    created.push(name);
    expect(
      (
        await as("admin", "POST", "/api/v1/services", {
          name,
          image: LAB_IMAGE,
          command: ["sleep", "1d"],
          replicas: 0,
          mounts: [{ type: "bind", source: "/etc", target: "/x", readOnly: true }],
        })
      ).status,
    ).toBe(200);
    const id = (await docker("service", "inspect", "--format", "{{.ID}}", name)).trim();
    const update = await as("operator", "POST", `/api/v1/services/${id}/update`, { labelAdd: { team: "ops" } });
    expect(update.status, update.text).toBe(200);
    await docker("service", "update", "--detach", "--no-resolve-image", "--mount-rm", "/x", name);
    const refused = await as("operator", "POST", `/api/v1/services/${id}/rollback`, {});
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ field: "TaskTemplate.ContainerSpec.Mounts[0]", rule: "bind mount" });
    expect((await docker("service", "inspect", "--format", "{{len .Spec.TaskTemplate.ContainerSpec.Mounts}}", name)).trim()).toBe("0");
    expect((await as("admin", "POST", `/api/v1/services/${id}/rollback`, {})).status).toBe(200);
    expect((await docker("service", "inspect", "--format", "{{len .Spec.TaskTemplate.ContainerSpec.Mounts}}", name)).trim()).toBe("1");
  });
});

describe("stack files", () => {
  const svc = (extra: string, top = "") => `services:\n  web:\n    image: ${LAB_IMAGE}\n    command: sleep 1d\n${extra}${top}`;
  const cases: [string, string, string, string, string?][] = [
    ["bind of / (the finding)", '    volumes: ["/:/host:ro"]\n', "services.web.volumes[0]", "docker socket"],
    ["bind of /etc", '    volumes: ["/etc:/x:ro"]\n', "services.web.volumes[0]", "bind mount"],
    ["the docker socket", "    volumes:\n      - type: bind\n        source: /var/run/docker.sock\n        target: /s\n", "services.web.volumes[0]", "docker socket"],
    [
      "a volume that binds by driver options",
      '    volumes: ["data:/x"]\n',
      "services.web.volumes[0]",
      "bind mount",
      "volumes:\n  data:\n    driver_opts: { type: none, o: bind, device: /etc }\n",
    ],
    ["privileged", "    privileged: true\n", "services.web.privileged", "privileged"],
    ["cap_add", "    cap_add: [SYS_ADMIN]\n", "services.web.cap_add", "capabilities"],
    ["devices", '    devices: ["/dev/null:/dev/x"]\n', "services.web.devices", "devices"],
    ["pid: host", "    pid: host\n", "services.web.pid", "host namespaces"],
    ["network_mode: host", "    network_mode: host\n", "services.web.network_mode", "host namespaces"],
    ["the host network", "    networks: [hostnet]\n", "services.web.networks[0]", "host network", "networks:\n  hostnet:\n    external: true\n    name: host\n"],
    ["user: root", "    user: root\n", "services.web.user", "root user"],
    ["security_opt", '    security_opt: ["apparmor:unconfined"]\n', "services.web.security_opt[0]", "security options"],
  ];
  for (const [name, extra, field, rule, top] of cases) {
    it(`${name}: an operator's validate says so at ${field}, deploy is 403 naming the rule, no stack appears`, async () => {
      const stack = uniqueName("pols").replace(/-/g, "_").slice(0, 30);
      const body = { compose: svc(extra, top) };
      const v = await as("operator", "POST", `/api/v1/stacks/${stack}/validate`, body);
      expect(v.status).toBe(200);
      expect(v.body.ok).toBe(false);
      expect(v.body.problems.at(-1)).toMatchObject({ path: field, message: expect.stringMatching(new RegExp(`admin only \\(${rule}\\)`)) });
      const d = await as("operator", "POST", `/api/v1/stacks/${stack}/deploy`, body);
      expect(d.status).toBe(403);
      expect(d.body).toMatchObject({ ok: false, field: "compose", path: field, rule, notDone: ["nothing was deployed"] });
      expect(await stackExists(stack)).toBe(false);
    });
  }

  it("deploy refusals are audited like every action's: the 403, a 400 of bad input, with no compose text in the log", async () => {
    const stack = uniqueName("pols").replace(/-/g, "_").slice(0, 30);
    const marker = `marker-${stack}`;
    expect((await as("operator", "POST", `/api/v1/stacks/${stack}/deploy`, { compose: svc(`    privileged: true\n    labels: { m: ${marker} }\n`) })).status).toBe(403);
    expect((await as("operator", "POST", `/api/v1/stacks/${stack}/deploy`, { compose: `services: {}\n# ${marker}` })).status).toBe(400);
    const log = fs.readFileSync(path.join(dataDir, "audit.jsonl"), "utf8");
    const mine = log
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .filter((e) => e.target === stack);
    expect(mine.map((e) => [e.user, e.action, e.status, e.result])).toEqual([
      ["operator1", "stack.deploy", 403, "error"],
      ["operator1", "stack.deploy", 400, "error"],
    ]);
    expect(log).not.toContain(marker);
  });

  it("an admin deploys a stack with a read-only bind and an explicit root user: the CLI shows both", async () => {
    const stack = uniqueName("pols").replace(/-/g, "_").slice(0, 30);
    stacks.push(stack);
    const r = await as("admin", "POST", `/api/v1/stacks/${stack}/deploy`, { compose: svc('    volumes: ["/etc:/x:ro"]\n    user: root\n    deploy: { replicas: 0 }\n') });
    expect(r.status).toBe(200);
    expect(r.text).toMatch(/"type":"report","report":\{"ok":true/);
    const spec = JSON.parse(await docker("service", "inspect", "--format", "{{json .Spec.TaskTemplate.ContainerSpec}}", `${stack}_web`));
    expect(spec.Mounts[0]).toMatchObject({ Type: "bind", Source: "/etc", ReadOnly: true });
    expect(spec.User).toBe("root");
  });
});
