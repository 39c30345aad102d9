"use client";
// One entry per service (colour, name, running/desired); clicking an entry filters the board to that service.
import type { ServiceView } from "@/lib/model-types";
import { legendEntries } from "./legend";
import { serviceColor } from "./service-colors";
import type { SetViewFilter } from "./use-view-filter";
import type { ViewFilter } from "./view-filter";

interface Props {
  services: Record<string, ServiceView>;
  filter: ViewFilter;
  setFilter: SetViewFilter;
}

export function ServiceLegend({ services, filter, setFilter }: Props) {
  const entries = legendEntries(Object.values(services), filter);
  if (entries.length === 0) {
    return <p className="text-[11px] text-zinc-500">No services yet.</p>;
  }
  return (
    <ul className="flex max-h-[3.6rem] flex-wrap gap-1 overflow-y-auto" aria-label="Services">
      {entries.map(({ service, counts, modeTag, healthy, matches, selected }) => (
        <li key={service.id}>
          <button
            type="button"
            data-testid="legend-service"
            data-service-name={service.name}
            data-running={service.running === null ? "" : String(service.running)}
            data-desired={service.desired === null ? "" : String(service.desired)}
            aria-pressed={selected}
            title={`${service.name}${service.stack ? ` (stack ${service.stack})` : ""} — ${service.image || "unknown image"}\n${
              selected ? "Click to show all services" : "Click to show only this service"
            }`}
            onClick={() => setFilter({ service: selected ? null : service.name })}
            className={`flex items-center gap-1.5 rounded-md border px-2 py-0.5 text-xs transition-colors ${
              selected
                ? "border-zinc-300 bg-zinc-700 text-white"
                : "border-zinc-700 bg-zinc-900 text-zinc-200 hover:border-zinc-500 hover:bg-zinc-800"
            } ${matches ? "" : "opacity-40"}`}
          >
            <span className="h-2.5 w-2.5 shrink-0 rounded-sm" style={{ backgroundColor: serviceColor(service.name).stripe }} />
            <span className="max-w-[14rem] truncate font-medium">{service.name}</span>
            {modeTag && <span className="rounded bg-zinc-800 px-1 text-[11px] text-zinc-400">{modeTag}</span>}
            <span className={`tabular-nums text-[11px] ${healthy ? "text-emerald-300" : "text-amber-300"}`}>{counts}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
