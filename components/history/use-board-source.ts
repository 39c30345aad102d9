"use client";
// Where the board (/ and /present) gets its model: the live store, or — with ?at= in the URL — the snapshot of that moment. The one seam between live and replay.
import { useSearchParams } from "next/navigation";
import { type SocketState, useClusterStore } from "@/components/store/cluster-store";
import type { SyncedModel } from "@/lib/stream-sync";
import { type AskedMoment, momentFromParams } from "./replay-url";
import { type Replay, useReplay } from "./use-replay";

export interface BoardSource {
  /** The live socket's state; "connected" while replaying (a recorded moment is never stale). */
  socket: SocketState;
  model: SyncedModel | null;
  moment: AskedMoment;
  /** Null when live. */
  replay: Replay | null;
}

export function useBoardSource(): BoardSource {
  const params = useSearchParams();
  const moment = momentFromParams(params);
  const live = useClusterStore();
  const replay = useReplay(moment.live ? null : moment.raw);
  if (!replay) return { socket: live.socket, model: live.model, moment, replay: null };
  return { socket: "connected", model: replay.model, moment, replay };
}
