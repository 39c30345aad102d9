// Integration: `npm start` under a process manager — SIGTERM or SIGINT to npm stops the server process itself (no orphan left serving).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const WAIT = { timeout: 90_000, interval: 200 };
let npm: ChildProcess | null = null;
let dataDir = "";

afterEach(() => {
  if (npm && npm.exitCode === null) npm.kill("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Processes whose parent is `pid` (Linux /proc). */
function children(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim().split(/\s+/).filter(Boolean).map(Number) : [];
}
const alive = (pid: number) => fs.existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, "utf8"));

describe("npm start and signals", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("%s to npm ends the server: it says so, stops listening, and no process of it is left", async (signal) => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-proc-"));
    let out = "";
    npm = spawn("npm", ["start"], {
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DOCKER_HOST: "unix:///run/swarmscope-nothing-here/docker.sock", SWARMSCOPE_DATA_DIR: dataDir, SWARMSCOPE_DEMO: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    npm.stdout!.on("data", (c) => (out += c));
    npm.stderr!.on("data", (c) => (out += c));
    await vi.waitFor(() => expect(out).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/), WAIT);
    const port = Number(/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)![1]);
    const server = children(npm.pid!);
    expect(server.length).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
    npm.kill(signal);
    await vi.waitFor(() => expect(server.filter(alive)).toEqual([]), WAIT);
    expect(out).toContain(`${signal} received, shutting down`);
    // A clean stop (watcher stopped, sockets closed): the server exits 0 on its own, and so does npm.
    await vi.waitFor(() => expect(npm!.exitCode).toBe(0), WAIT);
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});
