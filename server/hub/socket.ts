// socket.io fan-out: every browser gets a snapshot, then the hub's deltas; no browser ever reaches the engine.
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { type ClientToServer, SOCKET_PATH, type ServerToClient } from "../../lib/protocol";
import type { Runtime } from "../runtime";
import { handleLogs } from "./logs-socket";
import { originAllowed, viaHttps } from "../auth/request-checks";
import type { Security } from "../auth/security";

const ROOM = "cluster";
/** How often open sockets' sessions are checked again (expiry); logout checks at once. */
const SESSION_CHECK_MS = 30_000;

export function attachSocket(http: HttpServer, runtime: Runtime, security: Security): Server<ClientToServer, ServerToClient> {
  const hub = runtime.hub;
  const io = new Server<ClientToServer, ServerToClient>(http, {
    path: SOCKET_PATH,
    serveClient: false,
    // Same origin only (cross-site WebSocket hijacking), then the same session as the HTTP API: viewer or better.
    allowRequest: (req, done) => {
      if (!originAllowed(req.headers.origin, req.headers.host, viaHttps(req))) return done("cross-origin connection refused", false);
      done(null, security.principal(req) !== null);
    },
  });
  // One subscription for all browsers: Docker load does not grow with viewers.
  hub.subscribe((delta) => io.to(ROOM).emit("delta", delta));
  // A socket lives only as long as its session: ended or expired sessions are disconnected.
  const recheck = () => {
    for (const socket of io.sockets.sockets.values()) if (security.principal(socket.request) === null) socket.disconnect(true);
  };
  security.onSessionEnded(recheck);
  const timer = setInterval(recheck, SESSION_CHECK_MS);
  timer.unref();
  http.once("close", () => clearInterval(timer));
  io.on("connection", (socket) => {
    socket.join(ROOM);
    socket.emit("snapshot", hub.snapshot());
    socket.on("snapshot:request", () => socket.emit("snapshot", hub.snapshot()));
    handleLogs(socket, runtime);
  });
  return io;
}
