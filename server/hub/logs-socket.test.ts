// logs:follow on one socket: a failing follow ends only itself, a later valid follow keeps streaming, bad ids never reach the engine.
import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import type { Runtime } from "../runtime";
import { logLinesOf } from "../engine/log-frames";
import { handleLogs } from "./logs-socket";

function frame(text: string): Buffer {
  const payload = Buffer.from(`2026-12-03T00:00:00.000000000Z com.docker.swarm.node.id=n1,com.docker.swarm.task.id=t1 ${text}\n`);
  const header = Buffer.alloc(8);
  header[0] = 1;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

function fakeSocket() {
  const handlers: Record<string, (arg?: unknown) => unknown> = {};
  const sent: [string, unknown][] = [];
  const socket = {
    on: (event: string, fn: (arg?: unknown) => unknown) => void (handlers[event] = fn),
    emit: (event: string, data: unknown) => void sent.push([event, data]),
    disconnect: vi.fn(),
    conn: { writeBuffer: [], transport: { writable: true } },
  };
  return { socket, sent, send: (event: string, arg?: unknown) => handlers[event](arg) };
}

describe("logs:follow", () => {
  it("a follow that fails after a newer one started does not cancel the newer one", async () => {
    let failSlowService!: (err: Error) => void;
    const stream = new PassThrough();
    const engine = {
      service: (id: string) => (id === "broken" ? new Promise((_, reject) => (failSlowService = reject)) : Promise.resolve({ ID: id, Spec: { TaskTemplate: {} } })),
      serviceLogLines: vi.fn(async () => logLinesOf(stream)),
    };
    const runtime = { engine: async () => engine } as unknown as Runtime;
    const { socket, sent, send } = fakeSocket();
    handleLogs(socket as never, runtime);
    void send("logs:follow", { serviceId: "broken", tail: 10 });
    await send("logs:follow", { serviceId: "web", tail: 10 });
    failSlowService(new Error("no such service: broken"));
    await new Promise((r) => setTimeout(r, 10));
    stream.write(frame("hello"));
    await vi.waitFor(() => expect(sent.some(([e, d]) => e === "logs:lines" && (d as { serviceId: string }).serviceId === "web")).toBe(true));
    expect(stream.destroyed).toBe(false);
    expect(sent.filter(([e]) => e === "logs:error")).toEqual([]);
    send("logs:stop");
    expect(stream.destroyed).toBe(true);
  });

  it.each(["../../127.0.0.1:39999/x", "a/b", "", "x\u0000", 42, null])("refuses serviceId %j without asking the engine", async (serviceId) => {
    const engine = { service: vi.fn(), serviceLogLines: vi.fn() };
    const runtime = { engine: vi.fn(async () => engine) } as unknown as Runtime;
    const { socket, sent, send } = fakeSocket();
    handleLogs(socket as never, runtime);
    await send("logs:follow", { serviceId, tail: 10 });
    expect(sent).toHaveLength(1);
    expect(sent[0][0]).toBe("logs:error");
    expect((sent[0][1] as { message: string }).message).toMatch(/^serviceId /);
    expect(engine.service).not.toHaveBeenCalled();
  });
});
