// The engine client's event stream: it opens when the engine sends the answer's head, and a stream whose head never comes fails naming GET /events.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineClient } from "./client";

let dir: string;
let engine: http.Server;
/** Whether /events sends its head at once (as dockerd does) or holds it until a first event that never comes. */
let flushHead = true;
let client: EngineClient;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-events-"));
  engine = http.createServer((req, res) => {
    if (/\/version$/.test(req.url ?? "")) return void res.end(JSON.stringify({ Version: "20.10.24", ApiVersion: "1.41", MinAPIVersion: "1.12" }));
    if (/\/events\?/.test(req.url ?? "")) {
      res.writeHead(200, { "content-type": "application/json" });
      if (flushHead) res.flushHeaders();
      return; // no event: the stream stays open and idle
    }
    res.writeHead(404).end("{}");
  });
  const socketPath = path.join(dir, "docker.sock");
  await new Promise<void>((r) => engine.listen(socketPath, r));
  client = await EngineClient.connect({ kind: "unix", socketPath, label: `unix://${socketPath}` });
});

afterAll(async () => {
  engine.closeAllConnections();
  await new Promise((r) => engine.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the event stream", () => {
  it("opens on an idle engine that has sent the answer's head", async () => {
    flushHead = true;
    const ends: unknown[] = [];
    const close = await client.events(
      () => {},
      (err) => ends.push(err),
    );
    close();
    expect(ends).toEqual([]);
  });

  it("fails naming GET /events when the head never comes (within the connect timeout)", async () => {
    flushHead = false;
    await expect(
      client.events(
        () => {},
        () => {},
      ),
    ).rejects.toMatchObject({
      name: "EngineError",
      message: expect.stringMatching(/^the event stream \(GET \/events\) did not start: /),
    });
  }, 15_000);
});
