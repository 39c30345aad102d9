// socket.io fan-out: every browser gets a snapshot, then the hub's deltas (a viewer's copy without secret metadata); no browser reaches the engine.
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { type ClientToServer, SOCKET_PATH, type ServerToClient } from "../../lib/protocol";
import type { Runtime } from "../runtime";
import { handleLogs } from "./logs-socket";
import { handlePresent } from "./present-socket";
import { Presentations } from "./presentations";
import { originAllowed, viaHttps } from "../auth/request-checks";
import type { Security } from "../auth/security";
import { type HostRule, hostProblem } from "../auth/host-check";
import { redactDelta, seesSecretMetadata, snapshotFor } from "../auth/redact";
import { cutOffIfBacklogged, snapshotSender } from "./outbox";

/** Operators and admins get the model as it is; viewers (and share links) its redacted copy. */
const FULL_ROOM = "cluster:full";
const VIEWER_ROOM = "cluster:viewer";
/** How often open sockets' sessions are checked again (expiry); logout checks at once. */
const SESSION_CHECK_MS = 30_000;

export function attachSocket(http: HttpServer, runtime: Runtime, security: Security, hosts: HostRule): Server<ClientToServer, ServerToClient> {
  const hub = runtime.hub;
  const presentations = new Presentations();
  const io = new Server<ClientToServer, ServerToClient>(http, {
    path: SOCKET_PATH,
    serveClient: false,
    // Same origin only (cross-site WebSocket hijacking), then the same session as the HTTP API: viewer or better.
    allowRequest: (req, done) => {
      if (hostProblem(req.headers.host, hosts)) return done("connection for another host refused", false);
      if (!originAllowed(req.headers.origin, req.headers.host, viaHttps(req))) return done("cross-origin connection refused", false);
      done(null, security.principal(req) !== null);
    },
  });
  // One subscription for all browsers: Docker load does not grow with viewers.
  hub.subscribe((delta) => {
    for (const socket of io.sockets.sockets.values()) cutOffIfBacklogged(socket);
    io.to(FULL_ROOM).emit("delta", delta);
    io.to(VIEWER_ROOM).emit("delta", redactDelta(delta));
  });
  // A socket lives only as long as its session and role: ended or expired sessions, and changed roles, are disconnected (the browser reconnects).
  const recheck = () => {
    for (const socket of io.sockets.sockets.values()) {
      const who = security.principal(socket.request);
      if (who === null || who.role !== socket.data.role) socket.disconnect(true);
    }
  };
  security.onSessionEnded(recheck);
  const timer = setInterval(recheck, SESSION_CHECK_MS);
  timer.unref();
  http.once("close", () => clearInterval(timer));
  io.on("connection", (socket) => {
    const who = security.principal(socket.request);
    if (!who) return void socket.disconnect(true);
    socket.data.role = who.role;
    socket.join(seesSecretMetadata(who.role) ? FULL_ROOM : VIEWER_ROOM);
    const emitSnapshot = () => socket.emit("snapshot", snapshotFor(who.role, hub.snapshot()));
    const sendSnapshot = snapshotSender(socket, emitSnapshot);
    emitSnapshot();
    socket.on("snapshot:request", () => {
      if (!cutOffIfBacklogged(socket)) sendSnapshot();
    });
    handleLogs(socket, runtime);
    handlePresent(io, socket, security, presentations);
  });
  return io;
}
