"use client";
// A presentation over the page's socket: follow its presenter state (/present screens), or send it (the presenter's board).
import { useEffect, useState } from "react";
import { clusterSocket, useClusterStore } from "@/components/store/cluster-store";
import type { PresenterState, PresentSetAnswer, PresentStateMessage } from "@/lib/presentation";

/** The presenter state of `presentation`, live; null until the server has sent it. */
export function usePresenterState(presentation: string): PresentStateMessage | null {
  const { socket: state } = useClusterStore();
  const [message, setMessage] = useState<PresentStateMessage | null>(null);
  useEffect(() => {
    const socket = clusterSocket();
    if (!socket || state !== "connected") return;
    const follow = () => socket.emit("present:follow", { presentation });
    const onState = (m: PresentStateMessage) => {
      if (m.presentation === presentation) setMessage(m);
    };
    socket.on("present:state", onState);
    socket.on("connect", follow);
    follow();
    return () => {
      socket.off("present:state", onState);
      socket.off("connect", follow);
    };
  }, [presentation, state]);
  return message;
}

/** Sends `state` to `presentation` whenever it changes while `on`; the last answer (null before any). */
export function usePresenterSender(presentation: string, state: PresenterState, on: boolean): PresentSetAnswer | null {
  const { socket: connected } = useClusterStore();
  const [answer, setAnswer] = useState<PresentSetAnswer | null>(null);
  const key = JSON.stringify(state);
  useEffect(() => {
    const socket = clusterSocket();
    if (!on || !socket || connected !== "connected") return;
    socket.emit("present:set", { presentation, state: JSON.parse(key) as PresenterState }, setAnswer);
  }, [presentation, key, on, connected]);
  return answer;
}
