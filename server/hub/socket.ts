// socket.io fan-out: every browser gets a snapshot, then the hub's deltas; no browser ever reaches the engine.
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { type ClientToServer, SOCKET_PATH, type ServerToClient } from "../../lib/protocol";
import type { Runtime } from "../runtime";
import { handleLogs } from "./logs-socket";

const ROOM = "cluster";

export function attachSocket(http: HttpServer, runtime: Runtime): Server<ClientToServer, ServerToClient> {
  const hub = runtime.hub;
  const io = new Server<ClientToServer, ServerToClient>(http, { path: SOCKET_PATH, serveClient: false });
  // One subscription for all browsers: Docker load does not grow with viewers.
  hub.subscribe((delta) => io.to(ROOM).emit("delta", delta));
  io.on("connection", (socket) => {
    socket.join(ROOM);
    socket.emit("snapshot", hub.snapshot());
    socket.on("snapshot:request", () => socket.emit("snapshot", hub.snapshot()));
    handleLogs(socket, runtime);
  });
  return io;
}
