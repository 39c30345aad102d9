"use client";
// One GET of the API as React state: read again on reload() or when `version` changes; the last good answer for the same path stays meanwhile.
import { useCallback, useEffect, useState } from "react";
import { type RequestFailure, request } from "./request";

export interface GetState<T> {
  data: T | null;
  /** Why the last read failed, in words; null after a success. */
  error: string | null;
  /** The failure itself (status, field, body), for pages that tell refusals apart. */
  failure: RequestFailure | null;
  loading: boolean;
  reload: () => void;
}

interface Held<T> {
  path: string | null;
  data: T | null;
  failure: RequestFailure | null;
  loading: boolean;
}

/** `path` null: nothing to read yet. `version` is any value that changes when the object does. */
export function useGet<T>(path: string | null, version: unknown = null): GetState<T> {
  const [held, setHeld] = useState<Held<T>>({ path: null, data: null, failure: null, loading: path !== null });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!path) return;
    const abort = new AbortController();
    setHeld((prev) => ({ ...prev, loading: true }));
    void request<T>("GET", path, undefined, { signal: abort.signal }).then((answer) => {
      if (abort.signal.aborted) return;
      setHeld((prev) =>
        answer.ok ? { path, data: answer.data, failure: null, loading: false } : { path, data: prev.path === path ? prev.data : null, failure: answer, loading: false },
      );
    });
    return () => abort.abort();
  }, [path, version, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  // Data read for another path is not shown for this one.
  const mine = held.path === path;
  return {
    data: mine ? held.data : null,
    failure: mine ? held.failure : null,
    error: mine ? (held.failure?.error ?? null) : null,
    loading: path !== null && (held.loading || !mine),
    reload,
  };
}
