// The engine client against a hostile engine: bad references never leave the process, and redirects are never followed.
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineClient, EngineError, EngineInputError } from "./client";

const BAD = ["..", "../../127.0.0.1:39999/x", "..%2F..%2F127.0.0.1%3A39999%2Fx", "a/b", "a%2Fb", "x\u0000", "wéb", " web", "-f", "%2e%2e", "a?b=1", "a#b"];

let dir: string;
let engine: http.Server;
let trap: net.Server;
let trapHits = 0;
const seen: string[] = [];
const uncaught: unknown[] = [];
const onUncaught = (err: unknown) => uncaught.push(err);
let client: EngineClient;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-engine-"));
  trap = net.createServer((s) => {
    trapHits++;
    s.destroy();
  });
  await new Promise<void>((r) => trap.listen(0, "127.0.0.1", r));
  const trapPort = (trap.address() as net.AddressInfo).port;
  // Answers /version like an engine, and everything else with the redirect a path-cleaning engine sends.
  engine = http.createServer((req, res) => {
    seen.push(req.url ?? "");
    if (/\/version$/.test(req.url ?? "")) return void res.end(JSON.stringify({ Version: "20.10.24", ApiVersion: "1.41", MinAPIVersion: "1.12" }));
    const locations = [`//127.0.0.1:${trapPort}/x`, `http://127.0.0.1:${trapPort}/x`, "unresolvable.invalid:1/x", "::::"];
    res.writeHead(301, { location: locations[seen.length % locations.length] });
    res.end();
  });
  const socketPath = path.join(dir, "docker.sock");
  await new Promise<void>((r) => engine.listen(socketPath, r));
  process.on("uncaughtException", onUncaught);
  client = await EngineClient.connect({ kind: "unix", socketPath, label: `unix://${socketPath}` });
});

afterAll(async () => {
  process.off("uncaughtException", onUncaught);
  await new Promise((r) => engine.close(r));
  await new Promise((r) => trap.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("engine paths", () => {
  it.each(BAD)("refuses the reference %j before any request", async (ref) => {
    const before = seen.length;
    const calls: (() => Promise<unknown>)[] = [
      () => client.service(ref),
      () => client.node(ref),
      () => client.network(ref),
      () => client.secret(ref),
      () => client.config(ref),
      () => client.container(ref),
      () => client.removeService(ref),
      () => client.removeNode(ref, true),
      () => client.removeNetwork(ref),
      () => client.removeSecret(ref),
      () => client.removeConfig(ref),
      () => client.removeVolume(ref),
      () => client.updateNode(ref, 1, { Role: "worker", Availability: "active" } as never),
      () => client.updateService(ref, 1, { Name: "x" } as never),
      () => client.serviceLogs(ref, { tail: 1, follow: false }),
    ];
    // Image names may hold '/' and ':' (lab/busybox:1); they are checked against the image reference grammar instead.
    if (!/^[a-z0-9/]+$/.test(ref)) calls.push(() => client.hasImage(ref));
    for (const call of calls) {
      const err = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(EngineInputError);
      expect((err as EngineInputError).status).toBe(400);
    }
    expect(seen.length).toBe(before);
  });

  it("never follows a redirect, whatever the Location, and nothing escapes as an uncaught exception", async () => {
    for (let i = 0; i < 8; i++) {
      const err = await client.service("web").then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(EngineError);
      expect((err as EngineError).status).toBe(301);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(trapHits).toBe(0);
    expect(uncaught).toEqual([]);
  });

  it("encodes what it sends", async () => {
    const before = seen.length;
    await client.service("Web.1_a-b").catch(() => null);
    expect(seen.slice(before).map((u) => u.replace(/\?$/, ""))).toEqual(["/v1.41/services/Web.1_a-b"]);
  });
});
