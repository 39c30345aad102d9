"use client";
// Follows a service's logs over the store's socket (logs:follow), collecting lines into a capped buffer; re-follows after a reconnect.
import { useEffect, useRef, useState } from "react";
import { clusterSocket, useClusterStore } from "@/components/store/cluster-store";
import type { LogLineMessage } from "@/lib/protocol";
import { appendLines, type LogEntry } from "./log-lines";

export interface ServiceLogs {
  lines: LogEntry[];
  /** The server's logs:error message (unknown service, a log driver that keeps no logs, engine gone). */
  error: string | null;
  /** The server ended the stream (e.g. the service was removed). */
  ended: boolean;
  /** Sequence number the next line will get: lines received so far on this page. */
  nextSeq: number;
}

const EMPTY: ServiceLogs = { lines: [], error: null, ended: false, nextSeq: 0 };

/**
 * `docker service logs -f --tail N` for one service. A new service or tail starts from an empty buffer;
 * after a reconnect the same subscription is sent again and lines already held are not repeated.
 */
export function useServiceLogs(serviceId: string | null, tail: number): ServiceLogs {
  const { socket: socketState } = useClusterStore();
  const connected = socketState === "connected";
  const [logs, setLogs] = useState<ServiceLogs>(EMPTY);
  const subscription = useRef<string | null>(null);

  useEffect(() => {
    const socket = clusterSocket();
    if (!serviceId || !connected || !socket) return;
    const key = `${serviceId}|${tail}`;
    if (subscription.current !== key) {
      subscription.current = key;
      setLogs((prev) => ({ ...EMPTY, nextSeq: prev.nextSeq }));
    }
    const onLines = (batch: { serviceId: string; lines: LogLineMessage[] }) => {
      if (batch.serviceId !== serviceId) return;
      setLogs((prev) => {
        const lines = appendLines(prev.lines, batch.lines, prev.nextSeq);
        if (lines === prev.lines) return prev;
        return { ...prev, lines, error: null, nextSeq: prev.nextSeq + batch.lines.length };
      });
    };
    const onError = (e: { serviceId: string; message: string }) => {
      if (e.serviceId === serviceId) setLogs((prev) => ({ ...prev, error: e.message }));
    };
    const onEnd = (e: { serviceId: string }) => {
      if (e.serviceId === serviceId) setLogs((prev) => ({ ...prev, ended: true }));
    };
    socket.on("logs:lines", onLines);
    socket.on("logs:error", onError);
    socket.on("logs:end", onEnd);
    setLogs((prev) => (prev.ended || prev.error ? { ...prev, ended: false, error: null } : prev));
    socket.emit("logs:follow", { serviceId, tail });
    return () => {
      socket.off("logs:lines", onLines);
      socket.off("logs:error", onError);
      socket.off("logs:end", onEnd);
      if (socket.connected) socket.emit("logs:stop");
    };
  }, [serviceId, tail, connected]);

  return logs;
}
