// Names of the socket.io events between server and browser, and their payloads.
import type { Delta, Snapshot } from "./model-types";

/** socket.io path, kept apart from Next's own routes. */
export const SOCKET_PATH = "/socket.io";

export interface ServerToClient {
  /** The whole model; sent on connect and whenever the client asks. */
  snapshot: (snapshot: Snapshot) => void;
  /** The next batch of changes; version is the snapshot's (or previous delta's) version + 1. */
  delta: (delta: Delta) => void;
}

export interface ClientToServer {
  /** The client saw a gap in versions (or lost track): send a fresh snapshot. */
  "snapshot:request": () => void;
}
