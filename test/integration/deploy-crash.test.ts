// Integration (issue #10 §5): kill -9 the server mid-deploy on the lab — the intent is on record, the secret file's folder is gone after a restart, the page says interrupted.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { docker, LAB_IMAGE, labDockerHost, uniqueName } from "../support/docker-cli";
import { apiCall } from "../support/http";

const WAIT = { timeout: 90_000, interval: 200 };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-crash-"));
const stack = uniqueName("crash").replace(/-/g, "_").slice(0, 30);
const SERVICES = 8;
let server: ChildProcess | null = null;

/** Starts test/support/api-server.ts as its own process; resolves with its port. */
async function startServer(): Promise<number> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/api-server.ts"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DOCKER_HOST: labDockerHost(), SWARMSCOPE_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server = child;
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  await vi.waitFor(() => expect(out).toMatch(/api listening on \d+/), WAIT);
  return Number(/api listening on (\d+)/.exec(out)![1]);
}

/** docker stack deploy processes of this stack still running. */
function cliProcesses(): number[] {
  return fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const argv = fs.readFileSync(`/proc/${d}/cmdline`, "utf8").split("\0");
        return argv.includes("deploy") && argv.includes(stack);
      } catch {
        return false;
      }
    })
    .map(Number);
}

const auditLines = () =>
  fs
    .readFileSync(path.join(dataDir, "audit.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

afterAll(async () => {
  if (server && server.exitCode === null) server.kill("SIGKILL");
  await docker("stack", "rm", stack).catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("kill -9 during a deploy", () => {
  it("before: intent recorded, temp folder under the data dir (0700); after a restart: folder gone, no CLI left, the stack says interrupted, audit says so", async () => {
    const port = await startServer();
    const services = Array.from({ length: SERVICES }, (_, i) => `  s${i}:\n    image: ${LAB_IMAGE}\n    command: sleep 1d\n    secrets: [pw]\n    deploy: { replicas: 0 }\n`).join(
      "",
    );
    const compose = `services:\n${services}secrets:\n  pw:\n    file: ./pw.txt\n`;
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/stacks/${stack}/deploy`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ compose, files: { "pw.txt": { data: "crash-s3cret" } } }),
    });
    expect(res.status).toBe(200);
    // Read the stream until the CLI says it creates a service, then kill the server where it stands.
    const reader = res.body!.getReader();
    let text = "";
    while (!/Creating service/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += Buffer.from(value).toString("utf8");
    }
    expect(text).toMatch(/Creating service/);
    server!.kill("SIGKILL");
    await vi.waitFor(() => expect(server!.exitCode !== null || server!.signalCode !== null).toBe(true), WAIT);
    await reader.cancel().catch(() => undefined);

    // What the dead server left: the record says deploying (with the files), the audit says started, the temp folder is in the data dir.
    const record = JSON.parse(fs.readFileSync(path.join(dataDir, "stacks", `${stack}.json`), "utf8"));
    expect(record).toMatchObject({ name: stack, state: "deploying", compose, files: ["pw.txt"], by: "local" });
    expect(auditLines().map((l) => l.action)).toContain("stack.deploy.started");
    const tmp = path.join(dataDir, "tmp");
    expect(fs.statSync(tmp).mode & 0o777).toBe(0o700);
    const leftovers = fs.readdirSync(tmp);
    expect(leftovers).toHaveLength(1);
    expect(fs.existsSync(path.join(os.tmpdir(), leftovers[0]))).toBe(false);

    const again = await startServer();
    expect(fs.readdirSync(tmp)).toEqual([]);
    await vi.waitFor(() => expect(cliProcesses()).toEqual([]), WAIT);
    const r = await apiCall(again, "GET", `/api/v1/stacks/${stack}`);
    expect(r.status).toBe(200);
    expect(r.body.saved).toMatchObject({ state: "interrupted", compose, pid: null });
    expect(r.body.saved.outcome).toMatch(/the server stopped while docker stack deploy ran .* by local/);
    const interrupted = auditLines().filter((l) => l.action === "stack.deploy" && l.target === stack);
    expect(interrupted).toEqual([expect.objectContaining({ user: "swarmscope", result: "error", error: expect.stringMatching(/^interrupted: /) })]);
    // Nothing of the secret's value was written anywhere in the data dir.
    const everything = fs
      .readdirSync(dataDir, { recursive: true })
      .map((f) => path.join(dataDir, String(f)))
      .filter((f) => fs.statSync(f).isFile());
    for (const f of everything) expect(fs.readFileSync(f, "utf8"), f).not.toContain("crash-s3cret");
    // The engine shows at most the services the CLI got to before it died with the server.
    const made = (await docker("stack", "services", "--format", "{{.Name}}", stack).catch(() => "")).trim().split("\n").filter(Boolean);
    expect(made.length).toBeLessThanOrEqual(SERVICES);
    server!.kill("SIGTERM");
  });
});
