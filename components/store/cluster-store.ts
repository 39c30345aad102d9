"use client";
// The browser's copy of the model: one socket.io connection, snapshot then deltas, exposed to React as an external store.
import { useSyncExternalStore } from "react";
import { io, type Socket } from "socket.io-client";
import { request } from "@/components/request/request";
import type { ClusterState, Delta, Snapshot } from "@/lib/model-types";
import { type ClientToServer, SOCKET_PATH, type ServerToClient } from "@/lib/protocol";
import { fromSnapshot, receiveDelta, type SyncedModel } from "@/lib/stream-sync";
import { noteServices } from "@/components/visualizer/service-colors";

/** "ended": the server no longer accepts this page's session (signed out, expired, user removed, share link revoked). */
export type SocketState = "connecting" | "connected" | "disconnected" | "ended";

export interface ClusterStoreState {
  socket: SocketState;
  model: SyncedModel | null;
  /** Browser time the last snapshot or delta arrived (ms since epoch). */
  receivedAt: number | null;
}

type Listener = () => void;
/** Told of every delta applied in order (never of snapshots): the state before, the batch, the state after. */
export type BatchListener = (before: ClusterState, delta: Delta, after: ClusterState) => void;

class ClusterStore {
  private state: ClusterStoreState = { socket: "connecting", model: null, receivedAt: null };
  private listeners = new Set<Listener>();
  private batchListeners = new Set<BatchListener>();
  private socket: Socket<ServerToClient, ClientToServer> | null = null;
  private awaitingSnapshot = false;
  private users = 0;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    if (this.users++ === 0) this.open();
    return () => {
      this.listeners.delete(listener);
      if (--this.users === 0) this.close();
    };
  };

  readonly getState = (): ClusterStoreState => this.state;

  private set(patch: Partial<ClusterStoreState>): void {
    // Service colours keep the services on screen apart: they are told of the services before anything renders.
    if (patch.model && patch.model.cluster.services !== this.state.model?.cluster.services) noteServices(Object.values(patch.model.cluster.services));
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private open(): void {
    const socket: Socket<ServerToClient, ClientToServer> = io({ path: SOCKET_PATH, transports: ["websocket"] });
    this.socket = socket;
    socket.on("connect", () => this.set({ socket: "connected" }));
    socket.on("disconnect", (reason) => {
      this.set({ socket: "disconnected" });
      // The server only disconnects a socket when its session ended or its role changed: which one?
      if (reason === "io server disconnect") void this.checkSession(socket);
    });
    socket.on("connect_error", () => void this.checkSession(socket));
    socket.io.on("reconnect_attempt", () => this.set({ socket: "disconnected" }));
    socket.on("snapshot", (snapshot: Snapshot) => {
      this.awaitingSnapshot = false;
      this.set({ model: fromSnapshot(snapshot), receivedAt: Date.now() });
    });
    socket.on("delta", (delta: Delta) => {
      if (this.awaitingSnapshot) return;
      const outcome = receiveDelta(this.state.model, delta);
      if (outcome.kind === "applied") {
        const before = this.state.model?.cluster;
        this.set({ model: outcome.model, receivedAt: Date.now() });
        if (before) for (const l of this.batchListeners) l(before, delta, outcome.model.cluster);
      } else if (outcome.kind === "gap") {
        this.awaitingSnapshot = true;
        socket.emit("snapshot:request");
      }
    });
  }

  /** After a refusal or a server-side disconnect: ended session → stop and say so; changed role → reload (controls follow the role). */
  private async checkSession(socket: Socket<ServerToClient, ClientToServer>): Promise<void> {
    const { status } = await request("GET", "/api/v1/me");
    if (this.socket !== socket) return;
    if (status === 401) {
      socket.close();
      this.set({ socket: "ended" });
    } else if (status === 200 && !socket.connected && !socket.active) window.location.reload();
  }

  readonly onBatch = (listener: BatchListener): (() => void) => {
    this.batchListeners.add(listener);
    return () => this.batchListeners.delete(listener);
  };

  /** The open socket, for features that talk over it besides the model (e.g. service logs). */
  get connection(): Socket<ServerToClient, ClientToServer> | null {
    return this.socket;
  }

  private close(): void {
    this.socket?.close();
    this.socket = null;
  }
}

const store = new ClusterStore();

/** The store's socket while any component uses the store (null before the first subscriber mounts). */
export function clusterSocket(): Socket<ServerToClient, ClientToServer> | null {
  return store.connection;
}
/** Follow every applied change batch (e.g. the narration); returns the unsubscribe. */
export function onClusterBatch(listener: BatchListener): () => void {
  return store.onBatch(listener);
}
const serverState: ClusterStoreState = { socket: "connecting", model: null, receivedAt: null };

/** The live cluster model and the socket's state; re-renders on every applied change. */
export function useClusterStore(): ClusterStoreState {
  return useSyncExternalStore(store.subscribe, store.getState, () => serverState);
}

const readOnlyOf = () => Boolean(store.getState().model?.cluster.engine.readOnly);

/** Whether the engine refused a write for want of access (read-only engine access); re-renders only when that flips. */
export function useEngineReadOnly(): boolean {
  return useSyncExternalStore(store.subscribe, readOnlyOf, () => false);
}
