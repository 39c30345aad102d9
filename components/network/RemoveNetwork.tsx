"use client";
// Remove a network after a confirmation; the server refuses (and the panel says why) while it is in use, for ingress, and for predefined networks.
import type { ActionRequest } from "@/components/operations/requests";
import { Confirm } from "@/components/ui/Confirm";
import type { NetworkView } from "@/lib/model-types";
import { removeNetworkRequest } from "./network-requests";
import { plural } from "@/components/ui/format";

interface Props {
  network: NetworkView;
  /** Services attached to it and tasks not yet ended on it: the engine refuses to remove a network in use. */
  services: string[];
  liveTasks: number;
  busy: boolean;
  start(request: ActionRequest): void;
}

export function RemoveNetwork({ network, services, liveTasks, busy, start }: Props) {
  const request = removeNetworkRequest(network);
  const inUse = [services.length ? `service${services.length === 1 ? "" : "s"} ${services.join(", ")}` : "", liveTasks ? plural(liveTasks, "live task") : ""].filter(Boolean);
  return (
    <Confirm
      opener="Remove network…"
      openerTestId="remove-network"
      disabled={busy}
      prompt={`Remove ${network.name}?`}
      cli={request.cli}
      warning={inUse.length ? `In use by ${inUse.join(" and ")}: the engine will refuse until they are detached or gone.` : undefined}
      confirmTestId="confirm-remove-network"
      busy={busy}
      closeOnConfirm
      onConfirm={() => start(request)}
    />
  );
}
