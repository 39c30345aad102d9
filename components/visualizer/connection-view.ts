// What the connection banner says: browser↔server socket first, then the server's link to the engine.
import type { EngineLinkState } from "@/lib/model-types";
import type { SocketState } from "@/components/store/cluster-store";
import type { SyncedModel } from "@/lib/stream-sync";

export type BannerTone = "green" | "amber" | "red";

export interface ConnectionView {
  /** data-state of the banner: the engine link's state, or this page's session having ended. */
  state: EngineLinkState | "session-ended";
  tone: BannerTone;
  title: string;
  message: string | null;
  hint: string | null;
  /** The DOCKER_HOST the server watches, when known. */
  host: string | null;
  /** The browser lost the Swarmscope server (not the engine). */
  serverLost: boolean;
  /** "manager1 unreachable — now watching manager2", while on the manager switched to. */
  failover: string | null;
  /** Why the engine takes no writes ("read-only engine access"), once it refused one. */
  readOnly: string | null;
}

const TITLES: Record<EngineLinkState, string> = {
  live: "Live",
  connecting: "Connecting to the engine…",
  reconnecting: "Engine connection lost — reconnecting",
  unreachable: "Engine unreachable",
  "not-swarm": "Engine is not in a swarm",
  "not-manager": "Engine is not a swarm manager",
  locked: "Swarm is locked",
};

function toneOf(state: EngineLinkState): BannerTone {
  if (state === "live") return "green";
  // "connecting" is a first attempt still under way, as hopeful as "reconnecting".
  if (state === "reconnecting" || state === "connecting") return "amber";
  return "red";
}

/** Before the browser has heard from the Swarmscope server at all. */
export const CONNECTING_VIEW: ConnectionView = {
  state: "connecting",
  tone: "amber",
  title: "Connecting to Swarmscope…",
  message: null,
  hint: null,
  host: null,
  serverLost: false,
  failover: null,
  readOnly: null,
};

export function connectionView(socket: SocketState, model: SyncedModel | null): ConnectionView {
  const engine = model?.cluster.engine ?? null;
  if (socket === "ended") {
    return {
      state: "session-ended",
      tone: "red",
      title: "Session ended",
      message:
        "The server no longer accepts this page's session: it was signed out, expired or removed, or its share link was revoked or expired. What you see is the last state received.",
      hint: "Sign in again, or ask an admin of this Swarmscope for a new share link.",
      host: engine?.host ?? null,
      serverLost: true,
      failover: null,
      readOnly: null,
    };
  }
  if (socket === "disconnected") {
    return {
      state: "reconnecting",
      tone: "amber",
      title: "Lost the Swarmscope server — reconnecting",
      message: model ? "The browser lost its connection to the Swarmscope server; what you see is the last state received." : "The browser cannot reach the Swarmscope server.",
      hint: "Check that the Swarmscope server is still running; this page reconnects by itself.",
      host: engine?.host ?? null,
      serverLost: true,
      failover: null,
      readOnly: null,
    };
  }
  if (socket === "connecting" || !engine) return { ...CONNECTING_VIEW, host: engine?.host ?? null };
  const live = engine.state === "live";
  return {
    state: engine.state,
    tone: toneOf(engine.state),
    title: TITLES[engine.state] ?? engine.state,
    message: live ? null : engine.message,
    hint: live ? null : engine.hint,
    host: engine.host,
    serverLost: false,
    failover: live && engine.failover ? `${engine.failover.from} ${engine.failover.why} — now watching ${engine.failover.to}` : null,
    readOnly: engine.readOnly,
  };
}

/** No data worth drawing: no model yet, or the engine is not live and the model has no nodes. */
export function needsProblemPanel(model: SyncedModel | null): boolean {
  if (!model) return true;
  return model.cluster.engine.state !== "live" && Object.keys(model.cluster.nodes).length === 0;
}

/** Data exists but is not being kept up to date: draw it dimmed. */
export function isStale(socket: SocketState, model: SyncedModel | null): boolean {
  return socket !== "connected" || model?.cluster.engine.state !== "live";
}
