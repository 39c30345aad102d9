"use client";
// The header row: product name, the main links, swarm id and manager/worker counts, the toolbar and the service legend.
// A share link's projection screen gets no toolbar (the filter still comes from the URL); operators get the Present button (components/present).
import { Brand } from "@/components/nav/Brand";
import { SiteNav } from "@/components/nav/SiteNav";
import { useState } from "react";
import { useCan, useMe } from "@/components/nav/use-me";
import { PresenterPanel } from "@/components/present/PresenterPanel";
import { BUTTON } from "@/components/ui/styles";
import type { ServiceView, SwarmView } from "@/lib/model-types";
import { plural, shortId } from "@/components/ui/format";
import { ServiceLegend } from "./ServiceLegend";
import { Toolbar } from "./Toolbar";
import type { SetViewFilter } from "./use-view-filter";
import type { ViewFilter } from "./view-filter";

interface Props {
  swarm: SwarmView | null;
  services: Record<string, ServiceView>;
  /** Tasks on the board now (after filter and history). */
  shownTasks: number | null;
  filter: ViewFilter;
  setFilter: SetViewFilter;
  /** The legend is left out while there is no real cluster to describe. */
  showLegend: boolean;
  /** Service id → why it is below its desired count, for the legend (failures.ts). */
  problems?: ReadonlyMap<string, string>;
  /** Showing a recorded moment: no presenter controls. */
  replaying?: boolean;
}

export function Header({ swarm, services, shownTasks, filter, setFilter, showLegend, problems, replaying = false }: Props) {
  const projection = useMe()?.mode === "share";
  const canPresent = useCan("present") && !replaying;
  const [presenting, setPresenting] = useState(false);
  return (
    <header className="space-y-2 px-3 pb-2 pt-2.5">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Brand as="h1" />
        <SiteNav />
        <div className="flex flex-wrap items-center gap-x-3 text-xs text-zinc-400">
          {swarm ? (
            <>
              <span title={swarm.id}>
                Swarm <span className="font-mono text-zinc-200">{shortId(swarm.id)}</span>
              </span>
              <span>
                <span className="text-zinc-200">{plural(swarm.managers, "manager")}</span> · <span className="text-zinc-200">{plural(swarm.workers, "worker")}</span>
              </span>
            </>
          ) : (
            <span>Swarm —</span>
          )}
          {shownTasks !== null && <span>{plural(shownTasks, "task")} shown</span>}
        </div>
        {!projection && (
          <div className="ml-auto flex items-center gap-2">
            <Toolbar filter={filter} setFilter={setFilter} />
            {canPresent && (
              <button type="button" data-testid="present-open" aria-expanded={presenting} onClick={() => setPresenting((p) => !p)} className={BUTTON}>
                Present
              </button>
            )}
          </div>
        )}
      </div>
      {canPresent && presenting && <PresenterPanel filter={filter} />}
      {showLegend && <ServiceLegend services={services} filter={filter} setFilter={setFilter} problems={problems} />}
    </header>
  );
}
