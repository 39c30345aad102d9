"use client";
// The /networks page: every network with its addressing and attachments, a create form (for operators), and the published ports (routing mesh included).
import { useMemo, useState } from "react";
import { PageShell } from "@/components/nav/PageShell";
import { useCan } from "@/components/nav/use-me";
import { useClusterStore } from "@/components/store/cluster-store";
import { plural } from "@/components/ui/format";
import { CreateNetworkForm } from "./CreateNetworkForm";
import { networkRows } from "./network-rows";
import { NetworkTable } from "./NetworkTable";
import { portRows, routingMeshRows } from "./port-rows";
import { PortTable } from "./PortTable";

const SECTION = "scroll-mt-2 space-y-2";
const H2 = "text-sm font-semibold text-zinc-100";

export function NetworksView() {
  const { model } = useClusterStore();
  const cluster = model?.cluster ?? null;
  const [creating, setCreating] = useState(false);
  const canCreate = useCan("networks");
  const networks = cluster?.networks;
  const services = cluster?.services;
  const tasks = cluster?.tasks;
  const nodes = cluster?.nodes;
  const rows = useMemo(() => (networks && services && tasks ? networkRows(networks, services, tasks) : []), [networks, services, tasks]);
  const ports = useMemo(() => (services && tasks && nodes ? portRows(services, tasks, nodes) : []), [services, tasks, nodes]);
  const mesh = useMemo(() => routingMeshRows(ports), [ports]);
  const networkList = useMemo(() => Object.values(networks ?? {}), [networks]);
  const ingress = networkList.find((n) => n.ingress) ?? null;

  return (
    <PageShell title="Networks and ports">
      <div className="space-y-6 px-3 pb-8">
        <nav aria-label="Sections" className="flex gap-3 text-xs text-zinc-400">
          <a href="#networks" className="hover:text-zinc-100">
            Networks ({rows.length})
          </a>
          <a href="#ports" className="hover:text-zinc-100">
            Ports ({ports.length})
          </a>
          <a href="#routing-mesh" className="hover:text-zinc-100">
            Routing mesh ({mesh.length})
          </a>
        </nav>

        <section id="networks" className={SECTION} aria-labelledby="networks-title">
          <div className="flex items-center gap-3">
            <h2 id="networks-title" className={H2}>
              Networks <span className="font-normal text-zinc-400">· {plural(rows.length, "network")}</span>
            </h2>
            {canCreate && (
              <button
                type="button"
                data-testid="open-create-network"
                aria-expanded={creating}
                onClick={() => setCreating((c) => !c)}
                className="ml-auto rounded-md border border-sky-700 px-2.5 py-1 text-xs font-semibold text-sky-200 hover:bg-sky-950"
              >
                {creating ? "Close" : "Create network…"}
              </button>
            )}
          </div>
          {canCreate && creating && <CreateNetworkForm networks={networkList} />}
          <NetworkTable rows={rows} />
          <p className="text-[11px] text-zinc-500">
            Tasks: tasks not yet ended attached to the network (from each task&apos;s network attachments). Local networks are the manager&apos;s own ({cluster?.engine.host ?? "—"}
            ).
          </p>
        </section>

        <section id="ports" className={SECTION} aria-labelledby="ports-title">
          <h2 id="ports-title" className={H2}>
            Published ports <span className="font-normal text-zinc-400">· every service</span>
          </h2>
          <PortTable rows={ports} testId="port-table" rowTestId="port-row" empty="No service publishes a port." />
        </section>

        <section id="routing-mesh" className={SECTION} aria-labelledby="mesh-title">
          <h2 id="mesh-title" className={H2}>
            Routing mesh <span className="font-normal text-zinc-400">· ingress-mode ports on the {ingress ? ingress.name : "ingress"} network</span>
          </h2>
          <p className="text-xs text-zinc-400">
            Every node listens on these ports and forwards to a task of the service over the ingress network
            {ingress?.subnets[0] ? ` (${ingress.subnets[0].subnet})` : ""}, whichever node the task runs on.
          </p>
          <PortTable rows={mesh} testId="mesh-table" rowTestId="mesh-port-row" empty="No service publishes a port through the routing mesh." />
        </section>
      </div>
    </PageShell>
  );
}
