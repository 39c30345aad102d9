// Integration (issue #6): shell metacharacters and option-like values in every field that reaches the docker CLI only earn a 400 naming the field.
//
// What reaches a docker CLI run (server/stacks/docker-cli.ts spawns `docker` with an argument array, never a shell):
//   - argv of `docker stack deploy --compose-file <- | tmpdir/docker-compose.yml> --resolve-image never [--prune] NAME` and
//     `docker stack rm NAME`: only the stack NAME comes from a request (the URL). It must fit Docker's name rule, which also
//     keeps a leading "-" (--help, -c=/etc/passwd) from being read as an option.
//   - files we write and the CLI reads: uploads (`files` keys) are written into the deploy's temporary folder, and `file:`
//     secrets/configs and `env_file:` name files the CLI reads; all must be plain relative paths (no .., not absolute, no
//     shell characters), an upload may not take the compose file's own name (it would replace the checked file), two uploads
//     may not share a path.
//   - the compose file the CLI reads (stdin or the folder) and the settings/set chosen to render it: not argv, but the CLI
//     interpolates $VAR itself from ITS environment, after our checks. So any $ left after the settings are filled in
//     (even one written as "\x24" in YAML) is refused, and a settings value's own $ is written $$ (read back as a literal $).
//     The names the stack's objects get (services <stack>_<key>, networks, secrets, configs, volumes) and image references
//     are checked by Docker's own rules, so a bad value is a 400 naming its path (services.web.image), not a half-done deploy.
//   - the settings set's name picks a key of the settings document: letters, digits, _ . -, starting with a letter or digit.
// Not CLI-injection vectors, so accepted when Docker accepts them: a compose command/entrypoint element, an env value or a
// label value with ; | && $( ) ` — `docker stack deploy` reads them from the file and hands them to the container's process
// as argv elements/values, never to a shell on this server (the positive control deploys such a stack). Likewise a service or
// network KEY like --help is accepted: the engine name is <stack>_--help, a valid Docker name that never becomes an argv
// element (only the stack name does); an upload named --help is a file in our temporary folder, not an argument.
// The Engine API actions' names (service, network, secret/config names, image, node/service label keys) never reach a CLI
// here, but their CLI equivalents are shown to users (quoted by lib/shell-quote.ts), so shell payloads there are 400 too.
//
// Each case asserts: the status and the field (and for the compose file the path inside it), no stack trace, no marker file
// (every payload would create /tmp/swarmscope-pwned-<random> if a shell ever ran it), no docker CLI run at all (a logging
// wrapper is first on PATH), and the cluster unchanged: stacks, services, networks, secrets, configs and node label keys that
// this run could have made (the lab is shared, so only names with this run's token, the marker or a payload's text), plus
// the stack store folder.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startAppServer, type AppServer } from "../../server/app-server";
import { endpointFromEnv } from "../../server/engine/connection";
import { docker, dockerJsonLines, LAB_IMAGE, labDockerHost } from "../support/docker-cli";
import { apiCall } from "../support/http";

let app: AppServer;
const token = `inj${process.pid}${Math.random().toString(36).slice(2, 7)}`;
const marker = path.join(os.tmpdir(), `swarmscope-pwned-${token}`);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-data-"));
const binDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-bin-"));
const cliLog = path.join(binDir, "docker-calls.log");
const NODES = ["manager1", "manager2", "manager3", "worker1", "worker2"];
const WAIT = { timeout: 90_000, interval: 300 };
const savedPath = process.env.PATH;

const PAYLOADS = [
  `x;touch ${marker}`,
  `$(touch ${marker})`,
  `\`touch ${marker}\``,
  `a|touch ${marker}`,
  `a&&touch ${marker}`,
  `a\ntouch ${marker}`,
  `'"`,
  "../../etc/passwd",
  "--help",
  "-c=/etc/passwd",
];
const OPTION_LIKE = new Set(["--help"]); // fine as a compose key or an upload's file name (see the header)
const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar

const api = (method: string, p: string, body?: unknown) => apiCall(app.port, method, p, body);

/** The docker CLI runs the server made (the tests' own runs carry SWARMSCOPE_INJECTION_SELF, which the server's CLI environment never has). */
function cliCalls(): string[] {
  return fs.existsSync(cliLog) ? fs.readFileSync(cliLog, "utf8").split("\n").filter(Boolean) : [];
}

const suspicious = (name: string) => name.includes(token) || /pwned|passwd|help|[^A-Za-z0-9_.-]/i.test(name);

/** What a request could have changed, restricted to names this run (or a payload) could have made. */
async function fingerprint() {
  const [stacks, services, networks, secrets, configs, nodes] = await Promise.all([
    dockerJsonLines("stack", "ls"),
    dockerJsonLines("service", "ls"),
    dockerJsonLines("network", "ls"),
    dockerJsonLines("secret", "ls"),
    dockerJsonLines("config", "ls"),
    docker("node", "inspect", ...NODES).then((out) => JSON.parse(out) as any[]),
  ]);
  const names = (rows: Record<string, string>[]) =>
    rows
      .map((r) => r.Name)
      .filter(suspicious)
      .sort();
  const storeDir = path.join(dataDir, "stacks");
  const store = fs.existsSync(storeDir)
    ? fs
        .readdirSync(storeDir)
        .map((f) => `${f}:${fs.statSync(path.join(storeDir, f)).size}`)
        .sort()
    : [];
  return {
    stacks: names(stacks),
    services: names(services),
    networks: names(networks),
    secrets: names(secrets),
    configs: names(configs),
    nodeLabels: nodes
      .flatMap((n) =>
        Object.keys(n.Spec.Labels ?? {})
          .filter(suspicious)
          .map((k) => `${n.Description.Hostname}:${k}`),
      )
      .sort(),
    store,
  };
}

beforeAll(async () => {
  process.env.SWARMSCOPE_DATA_DIR = dataDir;
  // A docker wrapper first on PATH that logs the server's runs, then runs the real CLI.
  const real = execFileSync("sh", ["-c", "command -v docker"], { encoding: "utf8" }).trim();
  fs.writeFileSync(path.join(binDir, "docker"), `#!/bin/sh\n[ -n "$SWARMSCOPE_INJECTION_SELF" ] || printf '%s\\n' "$*" >> '${cliLog}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  process.env.SWARMSCOPE_INJECTION_SELF = "1";
  process.env.PATH = `${binDir}:${savedPath}`;
  app = await startAppServer({ endpoint: endpointFromEnv({ DOCKER_HOST: labDockerHost() }), host: "127.0.0.1", port: 0 });
  await vi.waitFor(() => expect(app.runtime.hub.snapshot().state.engine.state).toBe("live"), WAIT);
  expect(fs.existsSync(marker)).toBe(false);
});

afterAll(async () => {
  await docker("stack", "rm", `${token}ok`).catch(() => undefined);
  await app?.close();
  process.env.PATH = savedPath;
  fs.rmSync(marker, { force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(binDir, { recursive: true, force: true });
});

describe("positive control: a valid stack with shell characters where they only reach the container deploys", () => {
  const stack = `${token}ok`;
  const compose = `version: "3.8"
services:
  app:
    image: ${LAB_IMAGE}
    command: ["sh", "-c", "echo 'ready; really' && sleep 86400"]
    stop_grace_period: 1s
    environment:
      GREETING: \${app.greeting}
      LITERAL: "cost: $$5; \`not run\` | $$(not run)"
    deploy:
      replicas: 1
`;
  const settings = `app:\n  greeting: ${q("pa$word; $(not run)")}\n`;

  it("deploys through the docker CLI (seen by the wrapper), with every value as written, then removes it", async () => {
    const before = await fingerprint();
    const r = await api("POST", `/api/v1/stacks/${stack}/deploy`, { compose, settings });
    expect(r.status).toBe(200);
    const report = JSON.parse(r.text.trim().split("\n").at(-1)!).report;
    expect(report).toMatchObject({ ok: true, cli: `docker stack deploy --compose-file - --resolve-image never ${stack}` });
    expect(cliCalls()).toContain(`stack deploy --compose-file - --resolve-image never ${stack}`);
    const spec = JSON.parse(await docker("service", "inspect", `${stack}_app`))[0].Spec;
    expect(spec.TaskTemplate.ContainerSpec.Args).toEqual(["sh", "-c", "echo 'ready; really' && sleep 86400"]);
    expect(spec.TaskTemplate.ContainerSpec.Env.sort()).toEqual(["GREETING=pa$word; $(not run)", "LITERAL=cost: $5; `not run` | $(not run)"]);
    const after = await fingerprint();
    expect(after.stacks).toEqual([...before.stacks, stack].sort()); // the fingerprint does see what a deploy makes
    expect(after.store).toEqual([`${stack}.json:${fs.statSync(path.join(dataDir, "stacks", `${stack}.json`)).size}`]);

    const rm = await api("DELETE", `/api/v1/stacks/${stack}`, { confirm: stack });
    expect(rm.status).toBe(200);
    await vi.waitFor(async () => expect((await fingerprint()).stacks).toEqual(before.stacks), WAIT);
    expect(fs.existsSync(marker)).toBe(false);
  });
});

interface Case {
  name: string;
  method?: string;
  path: string;
  body: unknown;
  field: string;
  /** Where inside the compose file or settings (problems[].path); null: a YAML syntax error, named by its line. */
  at?: string | null;
}

const cases: Case[] = [];
let n = 0;
const stackFor = () => `${token}c${n++}`;
const BASE = `version: "3.8"\nservices:\n  web:\n    image: ${LAB_IMAGE}\n    command: ["sleep", "86400"]\n    stop_grace_period: 1s\n`;
const deployCase = (name: string, body: Record<string, unknown>, field: string, at?: string | null): Case => ({
  name,
  path: `/api/v1/stacks/${stackFor()}/deploy`,
  body: { compose: BASE, ...body },
  field,
  at,
});

/** A deploy whose compose file adds TAIL to the base, with P at AT (the case is named by AT). */
const composeCase = (p: string, at: string, tail: string, files?: Record<string, { data: string }>) =>
  deployCase(`${at} ${q(p)}`, files ? { compose: `${BASE}${tail}`, files } : { compose: `${BASE}${tail}` }, "compose", at);

for (const p of PAYLOADS) {
  const enc = encodeURIComponent(p);
  cases.push({ name: `stack name ${q(p)} (deploy)`, path: `/api/v1/stacks/${enc}/deploy`, body: { compose: BASE }, field: "name" });
  cases.push({ name: `stack name ${q(p)} (validate)`, path: `/api/v1/stacks/${enc}/validate`, body: { compose: BASE }, field: "name" });
  cases.push({ name: `stack name ${q(p)} (remove)`, method: "DELETE", path: `/api/v1/stacks/${enc}`, body: { confirm: p }, field: "name" });
  cases.push(deployCase(`settings set ${q(p)}`, { settings: "sets:\n  prod: {}\n", settingsSet: p }, "settingsSet"));
  cases.push(deployCase(`a set named ${q(p)} in the settings`, { settings: `sets:\n  ${q(p)}: {}\n` }, "settings", `sets.${p}`));
  cases.push(deployCase(`services.web.image ${q(p)}`, { compose: BASE.replace(`image: ${LAB_IMAGE}`, () => `image: ${q(p)}`) }, "compose", "services.web.image"));
  // Settings values are filled in as text: the whole file is checked again, so a value either breaks the YAML or is refused where it lands.
  const breaksYaml = p.startsWith("`") || p.includes("\n") || p.startsWith("'");
  cases.push(
    deployCase(
      `settings value ${q(p)} as services.web.image`,
      { compose: BASE.replace(`image: ${LAB_IMAGE}`, "image: ${web.image}"), settings: `web:\n  image: ${q(p)}\n` },
      "compose",
      breaksYaml ? null : "services.web.image",
    ),
  );
  cases.push(composeCase(p, "networks.back.name", `    networks: [back]\nnetworks:\n  back:\n    name: ${q(p)}\n`));
  cases.push(composeCase(p, "secrets.pw.name", `    secrets: [pw]\nsecrets:\n  pw:\n    file: ./pw.txt\n    name: ${q(p)}\n`, { "pw.txt": { data: "x" } }));
  cases.push(composeCase(p, "secrets.pw.external.name", `    secrets: [pw]\nsecrets:\n  pw:\n    external:\n      name: ${q(p)}\n`));
  cases.push(composeCase(p, "configs.c.name", `    configs: [c]\nconfigs:\n  c:\n    file: ./c.txt\n    name: ${q(p)}\n`, { "c.txt": { data: "x" } }));
  cases.push(composeCase(p, "volumes.data.name", `    volumes: ["data:/data"]\nvolumes:\n  data:\n    name: ${q(p)}\n`));
  if (OPTION_LIKE.has(p)) continue;
  cases.push(deployCase(`service key ${q(p)}`, { compose: BASE.replace("  web:", () => `  ${q(p)}:`) }, "compose", `services.${p}`));
  cases.push(deployCase(`network key ${q(p)}`, { compose: `${BASE}networks:\n  ${q(p)}: {}\n` }, "compose", `networks.${p}`));
  cases.push(composeCase(p, "secrets.pw.file", `    secrets: [pw]\nsecrets:\n  pw:\n    file: ${q(p)}\n`));
  cases.push(composeCase(p, "configs.c.file", `    configs: [c]\nconfigs:\n  c:\n    file: ${q(p)}\n`));
  cases.push(deployCase(`services.web.env_file ${q(p)}`, { compose: `${BASE}    env_file: [${q(p)}]\n` }, "compose", "services.web.env_file[0]"));
  cases.push(deployCase(`upload named ${q(p)}`, { files: { [p]: { data: "x" } } }, "files", p));
}
cases.push(deployCase("an upload replacing the compose file", { files: { "./docker-compose.yml": { data: "services: {}\n" } } }, "files", "./docker-compose.yml"));
cases.push(
  deployCase(
    'a $ written as "\\x24" in YAML (the CLI would fill it from its environment)',
    { compose: `${BASE}    environment:\n      A: "\\x24{HOME}"\n` },
    "compose",
    "services.web.environment.A",
  ),
);

// Engine API actions: their CLI equivalents are shown to users.
for (const p of [`x;touch ${marker}`, `$(touch ${marker})`, "--help"]) {
  const svc = `${token}s${n++}`;
  cases.push({ name: `service name ${q(p)}`, path: "/api/v1/services", body: { name: p, image: LAB_IMAGE }, field: "name" });
  cases.push({ name: `service image ${q(p)}`, path: "/api/v1/services", body: { name: svc, image: p }, field: "image" });
  cases.push({ name: `service network ${q(p)}`, path: "/api/v1/services", body: { name: svc, image: LAB_IMAGE, networks: [p] }, field: "networks.0" });
  cases.push({ name: `service label key ${q(p)}`, path: "/api/v1/services", body: { name: svc, image: LAB_IMAGE, labels: { [p]: "v" } }, field: `labels.${p}` });
  cases.push({ name: `service update image ${q(p)}`, path: `/api/v1/services/${svc}/update`, body: { image: p }, field: "image" });
  cases.push({ name: `network name ${q(p)}`, path: "/api/v1/networks", body: { name: p, driver: "overlay" }, field: "name" });
  cases.push({ name: `secret name ${q(p)}`, path: "/api/v1/secrets", body: { name: p, data: "x" }, field: "name" });
  cases.push({ name: `config name ${q(p)}`, path: "/api/v1/configs", body: { name: p, data: "x" }, field: "name" });
  cases.push({ name: `node label key ${q(p)}`, path: "/api/v1/nodes/worker1/labels", body: { add: { [p]: "v" } }, field: `add.${p}` });
}

describe("every CLI-bound field refuses shell and option payloads: 400 naming it, no CLI run, nothing changed", () => {
  it(`has a case per field and payload (${cases.length})`, () => expect(cases.length).toBeGreaterThanOrEqual(150));

  for (const c of cases) {
    it(c.name, async () => {
      const before = await fingerprint();
      const calls = cliCalls().length;
      const r = await api(c.method ?? "POST", c.path, c.body);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ ok: false, field: c.field });
      expect(typeof r.body.error).toBe("string");
      if (c.at !== undefined) {
        if (c.at === null) expect(r.body.problems[0]).toMatchObject({ path: null, line: expect.any(Number), message: expect.stringMatching(/^YAML syntax/) });
        else {
          expect(r.body.path).toBe(c.at);
          expect(r.body.problems[0].path).toBe(c.at);
        }
      }
      expect(r.text).not.toMatch(/\n\s+at |\.ts:\d+/); // no stack trace
      expect(cliCalls().length).toBe(calls);
      expect(fs.existsSync(marker)).toBe(false);
      expect(await fingerprint()).toEqual(before);
    });
  }
});
