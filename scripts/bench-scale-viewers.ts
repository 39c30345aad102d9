// bench:scale's viewers, in a child process (the server keeps its own core): socket.io clients that report when the last one has each delta, and how long a new one waits for its snapshot.
import { io, type Socket } from "socket.io-client";
import type { ClientToServer, ServerToClient } from "../lib/protocol";
import { SOCKET_PATH } from "../lib/protocol";

/** What the parent asks. */
export type ViewersCommand = { type: "connect"; url: string; total: number; batch: number } | { type: "probe"; url: string } | { type: "close" };

/** What the child answers. */
export type ViewersReport =
  | { type: "connected"; total: number; ms: number }
  | { type: "delivered"; version: number }
  | { type: "probed"; connectMs: number; requestMs: number; bytes: number }
  | { type: "closed" };

type Viewer = Socket<ServerToClient, ClientToServer>;

const viewers: Viewer[] = [];
/** Per delta version: how many viewers have it. */
const received = new Map<number, number>();

const send = (report: ViewersReport) => process.send!(report);

function open(url: string): Viewer {
  return io(url, { path: SOCKET_PATH, transports: ["websocket"], forceNew: true, reconnection: false });
}

function firstSnapshot(socket: Viewer): Promise<number> {
  return new Promise((resolve, reject) => {
    socket.once("snapshot", (s) => resolve(s.version));
    socket.once("connect_error", reject);
  });
}

/** Connects viewers until there are `total`, `batch` at a time, each counted once its snapshot has arrived. */
async function connect(url: string, total: number, batch: number): Promise<void> {
  const started = performance.now();
  while (viewers.length < total) {
    const sockets = Array.from({ length: Math.min(batch, total - viewers.length) }, () => open(url));
    await Promise.all(sockets.map(firstSnapshot));
    for (const socket of sockets) {
      socket.on("delta", (d) => {
        const n = (received.get(d.version) ?? 0) + 1;
        received.set(d.version, n);
        if (n === viewers.length) {
          received.delete(d.version);
          send({ type: "delivered", version: d.version });
        }
      });
      viewers.push(socket);
    }
  }
  send({ type: "connected", total: viewers.length, ms: performance.now() - started });
}

/** A new viewer: connect → first snapshot, then snapshot:request → snapshot (the server's send and this side's parse). */
async function probe(url: string): Promise<void> {
  const t0 = performance.now();
  const socket = open(url);
  await firstSnapshot(socket);
  const connectMs = performance.now() - t0;
  const t1 = performance.now();
  const snapshot = await new Promise<unknown>((resolve) => {
    socket.once("snapshot", resolve);
    socket.emit("snapshot:request");
  });
  const requestMs = performance.now() - t1;
  socket.disconnect();
  send({ type: "probed", connectMs, requestMs, bytes: Buffer.byteLength(JSON.stringify(snapshot)) });
}

process.on("message", (command: ViewersCommand) => {
  const done = (p: Promise<void>) =>
    p.catch((err) => {
      console.error("viewers:", err);
      process.exit(1);
    });
  if (command.type === "connect") done(connect(command.url, command.total, command.batch));
  else if (command.type === "probe") done(probe(command.url));
  else {
    for (const socket of viewers) socket.disconnect();
    viewers.length = 0;
    send({ type: "closed" });
  }
});
