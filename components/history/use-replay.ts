"use client";
// The snapshot of one moment (GET /api/v1/cluster?at=) as a model the board draws; the last one loaded stays while the next loads (playback, scrubbing).
import { useEffect, useState } from "react";
import { type RequestFailure, request } from "@/components/request/request";
import { noteServices } from "@/components/visualizer/service-colors";
import type { ReplaySnapshot } from "@/lib/history-types";
import { fromSnapshot, type SyncedModel } from "@/lib/stream-sync";
import { replayPath } from "./replay-url";

export interface Replay {
  /** The moment asked, as written in the URL. */
  raw: string;
  /** The last snapshot loaded (maybe of an earlier moment while the asked one loads), as a model. */
  model: SyncedModel | null;
  /** `at` and `recordedAt` of that snapshot. */
  at: string | null;
  recordedAt: string | null;
  /** The server's refusal of the asked moment (its message names the problem), else null. */
  failure: RequestFailure | null;
  /** The asked moment is not on screen yet. */
  loading: boolean;
}

interface Loaded {
  raw: string;
  snapshot: ReplaySnapshot | null;
  failure: RequestFailure | null;
}

/** `raw` null: not replaying (nothing is read). */
export function useReplay(raw: string | null): Replay | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [shown, setShown] = useState<{ snapshot: ReplaySnapshot; model: SyncedModel } | null>(null);
  useEffect(() => {
    if (raw === null) return;
    const abort = new AbortController();
    void request<ReplaySnapshot>("GET", replayPath(raw), undefined, { signal: abort.signal }).then((answer) => {
      if (abort.signal.aborted) return;
      if (answer.ok) {
        noteServices(Object.values(answer.data.state.services));
        setShown({ snapshot: answer.data, model: fromSnapshot(answer.data) });
        setLoaded({ raw, snapshot: answer.data, failure: null });
      } else setLoaded({ raw, snapshot: null, failure: answer });
    });
    return () => abort.abort();
  }, [raw]);
  if (raw === null) return null;
  const mine = loaded?.raw === raw;
  const failure = mine ? loaded.failure : null;
  return {
    raw,
    // A refused moment shows no board: what is on screen must be the moment the banner names.
    model: failure ? null : (shown?.model ?? null),
    at: failure ? null : (shown?.snapshot.at ?? null),
    recordedAt: failure ? null : (shown?.snapshot.recordedAt ?? null),
    failure,
    loading: !mine,
  };
}
