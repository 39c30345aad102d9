"use client";
// One entry per service, a stack's together under its name: colour (click: show only this service), name (links to its page), running/desired, and −/+/⋯ operations.
import Link from "next/link";
import { Fragment } from "react";
import { ScaleButtons } from "@/components/service/ScaleButtons";
import type { ServiceView } from "@/lib/model-types";
import { legendEntries } from "./legend";
import { serviceColor } from "./service-colors";
import type { SetViewFilter } from "./use-view-filter";
import type { ViewFilter } from "./view-filter";

interface Props {
  services: Record<string, ServiceView>;
  filter: ViewFilter;
  setFilter: SetViewFilter;
  /** Service id → why it is below its desired count (failures.ts). */
  problems?: ReadonlyMap<string, string>;
}

export function ServiceLegend({ services, filter, setFilter, problems }: Props) {
  const entries = legendEntries(Object.values(services), filter, problems);
  if (entries.length === 0) {
    return <p className="text-[11px] text-zinc-500">No services yet.</p>;
  }
  return (
    <ul className="flex max-h-[3.6rem] flex-wrap gap-1 overflow-y-auto" aria-label="Services">
      {entries.map(({ service, counts, modeTag, healthy, matches, selected, problem, stackStart }) => (
        <Fragment key={service.id}>
          {stackStart && (
            <li data-testid="legend-stack" data-stack={stackStart} className="flex items-center pl-1 text-[10px] font-semibold uppercase tracking-wide text-zinc-500">
              stack {stackStart}:
            </li>
          )}
          <li
            data-testid="legend-service"
            data-service-name={service.name}
            data-running={service.running === null ? "" : String(service.running)}
            data-desired={service.desired === null ? "" : String(service.desired)}
            data-problem={problem ?? undefined}
            title={`${service.name}${service.stack ? ` (stack ${service.stack})` : ""} — ${service.image || "unknown image"}${problem ? `\n${problem}` : ""}`}
            className={`flex items-center gap-1 rounded-md border py-0.5 pl-1 pr-0.5 text-xs transition-colors ${
              selected
                ? "border-zinc-300 bg-zinc-700 text-zinc-50"
                : problem
                  ? "border-red-600 bg-red-950/60 text-red-100 hover:border-red-400"
                  : "border-zinc-700 bg-zinc-900 text-zinc-200 hover:border-zinc-500"
            } ${matches ? "" : "opacity-40"}`}
          >
            <button
              type="button"
              data-testid="legend-filter"
              aria-pressed={selected}
              aria-label={selected ? "Show all services" : `Show only ${service.name}`}
              title={selected ? "Click to show all services" : `Click to show only ${service.name}`}
              onClick={() => setFilter({ service: selected ? null : service.name })}
              className="grid h-4 w-4 place-items-center rounded hover:ring-1 hover:ring-zinc-400"
            >
              <span className="h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: serviceColor(service.name).stripe }} />
            </button>
            <Link href={`/services/${encodeURIComponent(service.id)}`} prefetch={false} className="max-w-[14rem] truncate font-medium hover:underline">
              {service.name}
            </Link>
            {modeTag && <span className="rounded bg-zinc-800 px-1 text-[11px] text-zinc-400">{modeTag}</span>}
            <span className={`tabular-nums text-[11px] ${healthy ? "text-emerald-300" : problem ? "text-red-300" : "text-amber-300"}`}>{counts}</span>
            <ScaleButtons service={service} />
          </li>
        </Fragment>
      ))}
    </ul>
  );
}
