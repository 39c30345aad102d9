"use client";
// The swarm page: cluster ID, counts, raft/dispatcher/CA settings, autolock, task history (GET /api/v1/swarm), plus its nodes and services.
// Join tokens and the unlock key are fetched only when an admin reveals them (JoinSecrets, shown to admins only).
import { FieldList } from "@/components/ui/FieldList";
import { PageFrame } from "@/components/ui/PageFrame";
import { PageMessage } from "@/components/ui/PageMessage";
import { Section } from "@/components/ui/Section";
import { useGet } from "@/components/request/use-get";
import { useCan } from "@/components/nav/use-me";
import { useClusterStore } from "@/components/store/cluster-store";
import { useNow } from "@/components/visualizer/use-browser";
import type { SwarmDetail } from "@/lib/detail-types";
import { swarmSections } from "./swarm-format";
import { SwarmNodes } from "./SwarmNodes";
import { SwarmServices } from "./SwarmServices";
import { JoinSecrets } from "./JoinSecrets";
import { SwarmSecurity } from "./SwarmSecurity";
import { Problem } from "@/components/ui/Problem";

export function SwarmDetailView() {
  const { model } = useClusterStore();
  const cluster = model?.cluster ?? null;
  const swarm = cluster?.swarm ?? null;
  const now = useNow() ?? 0;
  const version = swarm ? `${swarm.updatedAt}|${swarm.managers}|${swarm.workers}` : null;
  const detail = useGet<SwarmDetail>(swarm ? "/api/v1/swarm" : null, version);
  const canReveal = useCan("joinSecrets");
  const canSecure = useCan("swarmSecurity");

  if (!cluster)
    return (
      <PageFrame kind="Swarm" title="Swarm">
        {null}
      </PageFrame>
    );
  if (!swarm) {
    return (
      <PageFrame kind="Swarm" title="Swarm">
        <PageMessage title="No swarm to describe" detail="The engine did not describe a swarm: see the banner above." />
      </PageFrame>
    );
  }
  // Counts come live from the model; the rest from the detail view.
  const sections = detail.data ? swarmSections({ ...detail.data, swarm: { ...detail.data.swarm, managers: swarm.managers, workers: swarm.workers } }, now) : null;
  return (
    <PageFrame kind="Swarm" title={`Swarm ${swarm.id.slice(0, 12)}`}>
      <div data-testid="swarm-detail" data-cluster-id={swarm.id} data-managers={swarm.managers} data-workers={swarm.workers} className="flex flex-col gap-3">
        <Problem of={detail.error} prefix="Could not read the swarm settings:" boxed />
        {sections ? (
          <div className="grid gap-3 md:grid-cols-2">
            {sections.map((s) => (
              <Section key={s.title} title={s.title}>
                <FieldList fields={s.fields} />
              </Section>
            ))}
          </div>
        ) : (
          !detail.error && <p className="text-sm text-zinc-500">Reading the swarm settings…</p>
        )}
        {canReveal && <JoinSecrets />}
        {canSecure && <SwarmSecurity autolock={swarm.autolock} />}
        <div className="grid gap-3 lg:grid-cols-2">
          <Section title="Nodes" aside={<span className="font-mono text-[11px] text-zinc-500">docker node ls</span>}>
            <SwarmNodes nodes={cluster.nodes} />
          </Section>
          <Section title="Services" aside={<span className="font-mono text-[11px] text-zinc-500">docker service ls</span>}>
            <SwarmServices services={cluster.services} />
          </Section>
        </div>
      </div>
    </PageFrame>
  );
}
