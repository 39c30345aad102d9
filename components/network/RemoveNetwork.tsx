"use client";
// Remove a network after a confirmation; the server refuses (and the panel says why) while it is in use, for ingress, and for predefined networks.
import { useState } from "react";
import type { ActionRequest } from "@/components/actions/requests";
import type { NetworkView } from "@/lib/model-types";
import { removeNetworkRequest } from "./network-requests";

export function RemoveNetwork({ network, busy, start }: { network: NetworkView; busy: boolean; start(request: ActionRequest): void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        data-testid="remove-network"
        disabled={busy}
        onClick={() => setConfirming(true)}
        className="rounded-md border border-red-800 px-2.5 py-1 text-xs font-semibold text-red-300 hover:bg-red-950 disabled:opacity-40"
      >
        Remove network…
      </button>
    );
  }
  return (
    <span className="flex items-center gap-2 text-xs" role="group" aria-label="Confirm removal">
      <span className="text-zinc-300">Remove {network.name}?</span>
      <button
        type="button"
        data-testid="confirm-remove-network"
        disabled={busy}
        onClick={() => {
          setConfirming(false);
          start(removeNetworkRequest(network));
        }}
        className="rounded-md bg-red-700 px-2.5 py-1 font-semibold text-white hover:bg-red-600 disabled:opacity-40"
      >
        Remove
      </button>
      <button type="button" onClick={() => setConfirming(false)} className="rounded-md px-2 py-1 text-zinc-400 hover:text-zinc-100">
        Cancel
      </button>
    </span>
  );
}
