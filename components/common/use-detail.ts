"use client";
// Fetches a detail view (GET /api/v1/…) and fetches it again whenever `version` changes; keeps the last good answer meanwhile.
import { useEffect, useState } from "react";

export interface DetailState<T> {
  data: T | null;
  /** Why the last fetch failed, in words; null after a success. */
  error: string | null;
}

async function readError(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body.error === "string" && body.error) return body.error;
  } catch {
    // not JSON: fall through to the status line
  }
  return `The server answered ${res.status} ${res.statusText}`.trim();
}

/** `path` null: nothing to fetch yet. `version` is any value that changes when the object does. */
export function useDetail<T>(path: string | null, version: string | number | null): DetailState<T> {
  const [state, setState] = useState<DetailState<T> & { path: string | null }>({ data: null, error: null, path: null });

  useEffect(() => {
    if (!path) return;
    const abort = new AbortController();
    fetch(path, { signal: abort.signal, cache: "no-store" })
      .then(async (res) => {
        if (!res.ok) throw new Error(await readError(res));
        const data = (await res.json()) as T;
        setState({ data, error: null, path });
      })
      .catch((err: unknown) => {
        if (abort.signal.aborted) return;
        const message = err instanceof Error ? err.message : "the request failed";
        setState((prev) => ({ data: prev.path === path ? prev.data : null, error: message, path }));
      });
    return () => abort.abort();
  }, [path, version]);

  // Data fetched for another object is not shown for this one.
  return state.path === path ? { data: state.data, error: state.error } : { data: null, error: null };
}
