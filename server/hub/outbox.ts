// Backpressure per socket: what is still queued for a browser, snapshots coalesced while it is busy, and slow readers cut off.
import type { Socket } from "socket.io";

/** A socket with more than this many packets or bytes not yet written is disconnected (its browser reconnects and gets a fresh snapshot). */
export const MAX_QUEUED_PACKETS = 2000;
export const MAX_QUEUED_BYTES = 64 * 1024 * 1024;
/** How often a coalesced snapshot checks whether the socket has room again. */
const RETRY_MS = 50;

interface Conn {
  writeBuffer?: unknown[];
  transport?: { writable?: boolean; socket?: { bufferedAmount?: number } };
}

/** Packets waiting in engine.io's buffer, and bytes the WebSocket has not yet written to the network. */
export function queued(socket: Socket): { packets: number; bytes: number; busy: boolean } {
  const conn = socket.conn as unknown as Conn;
  const packets = conn.writeBuffer?.length ?? 0;
  const bytes = conn.transport?.socket?.bufferedAmount ?? 0;
  return { packets, bytes, busy: packets > 0 || conn.transport?.writable === false || bytes > 0 };
}

/** Disconnects a socket whose reader has fallen too far behind; true when it did. */
export function cutOffIfBacklogged(socket: Socket): boolean {
  const q = queued(socket);
  if (q.packets <= MAX_QUEUED_PACKETS && q.bytes <= MAX_QUEUED_BYTES) return false;
  socket.disconnect(true);
  return true;
}

/**
 * Sends a socket snapshots on request, at most one at a time: a request while the last snapshot (or anything
 * else) is still queued is remembered, and one snapshot goes out once the socket has room. A flood of requests
 * from a client that stops reading costs one snapshot, not one per request.
 */
export function snapshotSender(socket: Socket, send: () => void): () => void {
  let timer: NodeJS.Timeout | null = null;
  const whenRoom = () => {
    timer = null;
    if (!socket.connected) return;
    if (queued(socket).busy) timer = setTimeout(whenRoom, RETRY_MS);
    else send();
  };
  socket.on("disconnect", () => timer && clearTimeout(timer));
  return () => {
    if (timer) return; // one is already waiting: this request is served by it
    whenRoom();
  };
}
