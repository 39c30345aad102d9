// Backpressure: a client that floods snapshot:request and stops reading costs one snapshot, not one per request; slow readers are cut off.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { io as connect, type Socket as ClientSocket } from "socket.io-client";
import type { Socket } from "socket.io";
import { SOCKET_PATH } from "../../lib/protocol";
import { Security } from "../auth/security";
import { hostRule } from "../auth/host-check";
import type { Runtime } from "../runtime";
import { attachSocket } from "./socket";
import { MAX_QUEUED_PACKETS, cutOffIfBacklogged } from "./outbox";

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

/** A server whose hub hands out a big snapshot, counting how often it is read. */
async function serverWithBigSnapshot(bytes: number) {
  let reads = 0;
  const state = { padding: "x".repeat(bytes), engine: { state: "live" } };
  const hub = { snapshot: () => (reads++, { version: 1, at: 0, state }), subscribe: () => () => {} };
  const runtime = { hub } as unknown as Runtime;
  const server = http.createServer();
  const io = attachSocket(server, runtime, new Security(null, null), hostRule({ listenHost: "127.0.0.1" }));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients: ClientSocket[] = [];
  close = async () => {
    for (const c of clients) c.disconnect();
    server.closeAllConnections();
    await new Promise<void>((r) => io.close(() => r()));
  };
  return {
    reads: () => reads,
    client: () => {
      const c = connect(url, { path: SOCKET_PATH, transports: ["websocket"], reconnection: false });
      clients.push(c);
      return c;
    },
  };
}

describe("socket backpressure", () => {
  it("coalesces a flood of snapshot requests from a client that stopped reading", async () => {
    const server = await serverWithBigSnapshot(8 * 1024 * 1024);
    const client = server.client();
    await new Promise<void>((r) => client.once("snapshot", () => r()));
    expect(server.reads()).toBe(1);
    // Stop reading: the server's writes back up in the kernel and then in its own buffers.
    const raw = (client.io.engine.transport as unknown as { ws: { _socket: { pause(): void; resume(): void } } }).ws._socket;
    raw.pause();
    for (let i = 0; i < 5000; i++) client.emit("snapshot:request");
    await vi.waitFor(() => expect(server.reads()).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 500));
    expect(server.reads()).toBeLessThanOrEqual(3);
    raw.resume();
  });

  it("answers every request of a client that reads", async () => {
    const server = await serverWithBigSnapshot(10);
    const client = server.client();
    let got = 0;
    client.on("snapshot", () => got++);
    await vi.waitFor(() => expect(got).toBe(1));
    for (let i = 0; i < 3; i++) {
      client.emit("snapshot:request");
      await vi.waitFor(() => expect(got).toBe(2 + i));
    }
  });

  it("disconnects a socket whose queue is over the bound, and leaves others alone", () => {
    const fake = (packets: number, bytes: number) => {
      const s = { conn: { writeBuffer: new Array(packets), transport: { writable: true, socket: { bufferedAmount: bytes } } }, disconnect: vi.fn() };
      return s as unknown as Socket & { disconnect: ReturnType<typeof vi.fn> };
    };
    const ok = fake(MAX_QUEUED_PACKETS, 1024);
    const slow = fake(MAX_QUEUED_PACKETS + 1, 0);
    const huge = fake(1, 65 * 1024 * 1024);
    expect([cutOffIfBacklogged(ok), cutOffIfBacklogged(slow), cutOffIfBacklogged(huge)]).toEqual([false, true, true]);
    expect(ok.disconnect).not.toHaveBeenCalled();
    expect(slow.disconnect).toHaveBeenCalledWith(true);
  });
});
