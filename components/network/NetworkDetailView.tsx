"use client";
// /networks/:id — a network's facts, the tasks on it with their addresses and nodes, its services (attach/detach), endpoints, and removal; refetched live.
// Removal, attach and detach only for sessions allowed the network controls.
import Link from "next/link";
import { useMemo } from "react";
import { ActionFeedback } from "@/components/operations/ActionFeedback";
import { useActionRun } from "@/components/operations/use-action-run";
import { PageShell } from "@/components/nav/PageShell";
import { useCan } from "@/components/nav/use-me";
import { resolveRef } from "@/lib/resolve-ref";
import { useGet } from "@/components/request/use-get";
import { useClusterStore } from "@/components/store/cluster-store";
import { plural } from "@/components/ui/format";
import type { NetworkDetail } from "@/lib/detail-types";
import { attachedServiceNames, networkSignature, taskRows } from "./network-detail";
import { NetworkEndpoints } from "./NetworkEndpoints";
import { NetworkFacts } from "./NetworkFacts";
import { NetworkServices } from "./NetworkServices";
import { NetworkTasks } from "./NetworkTasks";
import { RemoveNetwork } from "./RemoveNetwork";
import { Problem } from "@/components/ui/Problem";

const H2 = "text-sm font-semibold text-zinc-100";

export function NetworkDetailView({ reference }: { reference: string }) {
  const { model } = useClusterStore();
  const cluster = model?.cluster ?? null;
  const known = cluster ? resolveRef(cluster.networks, reference, (n) => n.name) : null;
  const networkId = known?.id ?? null;
  const signature = useMemo(() => (cluster && networkId ? networkSignature(cluster, networkId) : "unknown"), [cluster, networkId]);
  const { data, error } = useGet<NetworkDetail>(`/api/v1/networks/${encodeURIComponent(networkId ?? reference)}`, signature);
  const { run, start } = useActionRun();
  const canEdit = useCan("networks");
  const busy = run !== null && run.answer === null;
  const rows = useMemo(() => (data && cluster ? taskRows(data, cluster) : []), [data, cluster]);
  const network = known ?? data?.network ?? null;
  const removed = run?.request.action === "network.remove" && run.answer?.ok === true;
  // The answer shows next to what was clicked: removal at the top, attach/detach under the services.
  const feedback = run && (
    <section aria-label="Last action" className="rounded-lg border border-zinc-800 bg-zinc-900/40 p-3">
      <ActionFeedback run={run} />
      {removed && (
        <p className="mt-2 text-xs text-zinc-300">
          The network is gone.{" "}
          <Link href="/networks" className="text-sky-300 hover:underline">
            Back to all networks
          </Link>
        </p>
      )}
    </section>
  );

  return (
    <PageShell title={network ? `Network ${network.name}` : `Network ${reference}`} showTitle>
      <div className="space-y-5 px-3 pb-8">
        <p className="text-xs">
          <Link href="/networks" className="text-sky-300 hover:underline">
            ← All networks
          </Link>
        </p>
        {error && !data && !removed && <Problem of={error} boxed testId="network-error" />}
        {!error && !data && <p className="text-xs text-zinc-400">Reading the network…</p>}
        {run?.request.action === "network.remove" && feedback}
        {data && network && (
          <>
            <div className="flex items-start gap-3">
              <div className="min-w-0 flex-1">
                <NetworkFacts network={network} />
              </div>
              {canEdit && !removed && (
                <RemoveNetwork
                  network={network}
                  services={cluster ? attachedServiceNames(cluster.services, network.id) : []}
                  liveTasks={rows.filter((r) => !r.ended).length}
                  busy={busy}
                  start={start}
                />
              )}
            </div>

            <section className="space-y-2" aria-labelledby="tasks-title">
              <h2 id="tasks-title" className={H2}>
                Tasks attached <span className="font-normal text-zinc-400">· {plural(rows.filter((r) => !r.ended).length, "live task")}</span>
              </h2>
              <NetworkTasks rows={rows} />
            </section>

            <section className="space-y-2" aria-labelledby="services-title">
              <h2 id="services-title" className={H2}>
                Services using it
              </h2>
              {cluster && <NetworkServices network={network} services={cluster.services} busy={busy} start={canEdit ? start : null} />}
              {run?.request.action === "service.networks" && feedback}
            </section>

            <section className="space-y-2" aria-labelledby="endpoints-title">
              <h2 id="endpoints-title" className={H2}>
                Endpoints <span className="font-normal text-zinc-400">· containers on the nodes Swarmscope can inspect</span>
              </h2>
              <NetworkEndpoints endpoints={data.containers} />
            </section>
          </>
        )}
      </div>
    </PageShell>
  );
}
