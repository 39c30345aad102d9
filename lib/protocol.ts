// Names of the socket.io events between server and browser, and their payloads.
import type { Delta, Snapshot } from "./model-types";
import type { PresenterState, PresentSetAnswer, PresentStateMessage } from "./presentation";

/** One line of `docker service logs`, with the task and node it came from. */
export interface LogLineMessage {
  stream: "stdout" | "stderr";
  time: string;
  taskId: string | null;
  nodeId: string | null;
  text: string;
}

/** socket.io path, kept apart from Next's own routes. */
export const SOCKET_PATH = "/socket.io";

export interface ServerToClient {
  /** The whole model; sent on connect and whenever the client asks. */
  snapshot: (snapshot: Snapshot) => void;
  /** The next batch of changes; version is the snapshot's (or previous delta's) version + 1. */
  delta: (delta: Delta) => void;
  /** Lines of the followed service's logs, in batches. */
  "logs:lines": (batch: { serviceId: string; lines: LogLineMessage[] }) => void;
  /** The logs cannot be read (unknown service, a log driver the API cannot read, engine gone). */
  "logs:error": (error: { serviceId: string; message: string }) => void;
  /** The log stream ended (service removed, or not following). */
  "logs:end": (info: { serviceId: string }) => void;
  /** The presenter's state of a presentation this socket follows: on follow, and whenever the presenter changes it. */
  "present:state": (message: PresentStateMessage) => void;
}

export interface ClientToServer {
  /** The client saw a gap in versions (or lost track): send a fresh snapshot. */
  "snapshot:request": () => void;
  /** Follow a service's logs (docker service logs -f --tail N); replaces any earlier subscription of this socket. */
  "logs:follow": (request: { serviceId: string; tail: number }) => void;
  "logs:stop": () => void;
  /** Follow a presentation (a /present screen): its state now, then every change. */
  "present:follow": (request: { presentation: string }) => void;
  /** Steer a presentation (operator or above); the answer says whether it was taken. */
  "present:set": (request: { presentation: string; state: PresenterState }, answer?: (answer: PresentSetAnswer) => void) => void;
}
