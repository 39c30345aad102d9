"use client";
// Remove a network after a confirmation; the server refuses (and the panel says why) while it is in use, for ingress, and for predefined networks.
import type { ActionRequest } from "@/components/operations/requests";
import { Confirm } from "@/components/ui/Confirm";
import type { NetworkView } from "@/lib/model-types";
import { removeNetworkRequest } from "./network-requests";

export function RemoveNetwork({ network, busy, start }: { network: NetworkView; busy: boolean; start(request: ActionRequest): void }) {
  return (
    <Confirm
      opener="Remove network…"
      openerTestId="remove-network"
      disabled={busy}
      prompt={`Remove ${network.name}?`}
      confirmTestId="confirm-remove-network"
      busy={busy}
      closeOnConfirm
      onConfirm={() => start(removeNetworkRequest(network))}
    />
  );
}
