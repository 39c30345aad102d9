"use client";
// Runs one network action at a time for a panel: pending while on its way, then the server's answer (a newer run makes an older answer irrelevant).
import { useCallback, useRef, useState } from "react";
import { type NetworkAnswer, sendNetworkAction } from "./network-api";

export interface NetworkActionState {
  pending: boolean;
  answer: NetworkAnswer | null;
  run(action: string, method: "POST" | "DELETE", path: string, body: object): Promise<NetworkAnswer>;
  clear(): void;
}

export function useNetworkAction(): NetworkActionState {
  const [pending, setPending] = useState(false);
  const [answer, setAnswer] = useState<NetworkAnswer | null>(null);
  const last = useRef(0);
  const run = useCallback(async (action: string, method: "POST" | "DELETE", path: string, body: object) => {
    const id = ++last.current;
    setPending(true);
    setAnswer(null);
    const result = await sendNetworkAction(action, method, path, body);
    if (last.current === id) {
      setPending(false);
      setAnswer(result);
    }
    return result;
  }, []);
  const clear = useCallback(() => {
    last.current++;
    setPending(false);
    setAnswer(null);
  }, []);
  return { pending, answer, run, clear };
}
