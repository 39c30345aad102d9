"use client";
// The services using a network, each with Detach, and a picker to attach another one (both are service updates; neither without `start`).
import Link from "next/link";
import { useState } from "react";
import type { ActionRequest } from "@/components/operations/requests";
import { serviceColor } from "@/components/visualizer/service-colors";
import type { NetworkView, ServiceView } from "@/lib/model-types";
import { attachableServices, attachRefusal } from "./network-detail";
import { serviceNetworksRequest } from "./network-requests";
import { BUTTON, PRIMARY_BUTTON } from "@/components/ui/styles";

interface Props {
  network: NetworkView;
  services: Record<string, ServiceView>;
  busy: boolean;
  /** Sends an attach/detach; null for sessions that may not (the list only). */
  start: ((request: ActionRequest) => void) | null;
}

export function NetworkServices({ network, services, busy, start }: Props) {
  const [pick, setPick] = useState("");
  const using = Object.values(services)
    .filter((s) => s.networks.includes(network.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  const refusal = attachRefusal(network);
  const candidates = refusal ? [] : attachableServices(services, network.id);
  const chosen = candidates.find((s) => s.id === pick) ?? null;

  return (
    <div className="space-y-2">
      {using.length === 0 ? (
        <p className="text-xs text-zinc-400">No service has this network in its spec.</p>
      ) : (
        <ul data-testid="network-services" className="flex flex-wrap gap-2">
          {using.map((s) => (
            <li
              key={s.id}
              data-testid="network-service"
              data-service-name={s.name}
              className="flex items-center gap-2 rounded-md border border-zinc-800 bg-zinc-900/60 px-2 py-1 text-xs"
            >
              <span aria-hidden="true" className="h-2.5 w-2.5 rounded-full" style={{ background: serviceColor(s.name).stripe }} />
              <Link href={`/services/${encodeURIComponent(s.id)}`} className="font-semibold text-sky-300 hover:underline">
                {s.name}
              </Link>
              {start && !refusal && (
                <button
                  type="button"
                  data-testid="detach-service"
                  disabled={busy}
                  onClick={() => start(serviceNetworksRequest(s, { remove: [network.name] }))}
                  className={BUTTON}
                  title={`docker service update --network-rm ${network.name} ${s.name}`}
                >
                  Detach
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!start ? null : refusal ? (
        <p className="text-xs text-zinc-500">{refusal}</p>
      ) : (
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <label htmlFor="attach-service" className="text-zinc-300">
            Attach a service
          </label>
          <select
            id="attach-service"
            data-testid="attach-service-select"
            value={chosen ? chosen.id : ""}
            onChange={(e) => setPick(e.target.value)}
            className="rounded-md border border-zinc-700 bg-zinc-900 px-2 py-1 text-xs text-zinc-100"
          >
            <option value="">{candidates.length ? "choose a service…" : "every service is attached"}</option>
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            data-testid="attach-service"
            disabled={busy || !chosen}
            onClick={() => chosen && start(serviceNetworksRequest(chosen, { add: [network.name] }))}
            className={PRIMARY_BUTTON}
          >
            Attach
          </button>
          <span className="text-zinc-500">The service&apos;s tasks are replaced to join (a rolling service update).</span>
        </div>
      )}
    </div>
  );
}
