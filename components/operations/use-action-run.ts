"use client";
// Runs one action at a time for a panel: the request, then the server's answer (a newer run makes an older answer irrelevant).
import { useCallback, useRef, useState } from "react";
import { type ActionAnswer, callAction } from "./api";
import type { ActionRequest } from "./requests";

export interface ActionRun {
  id: number;
  request: ActionRequest;
  /** Null while the request is on its way. */
  answer: ActionAnswer | null;
}

export function useActionRun(): { run: ActionRun | null; start: (request: ActionRequest) => void; clear: () => void } {
  const [run, setRun] = useState<ActionRun | null>(null);
  const last = useRef(0);
  const start = useCallback((request: ActionRequest) => {
    const id = ++last.current;
    setRun({ id, request, answer: null });
    void callAction(request).then((answer) => {
      if (last.current === id) setRun({ id, request, answer });
    });
  }, []);
  const clear = useCallback(() => {
    last.current++;
    setRun(null);
  }, []);
  return { run, start, clear };
}
