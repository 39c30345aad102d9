// The facts at the top of a service page, live from the model: image, mode, running/desired, UpdateStatus, stack, created/updated.
import type { ReactNode } from "react";
import type { ServiceView } from "@/lib/model-types";
import { formatDateTime, relativeTime } from "@/components/ui/time-format";
import { orDash } from "@/components/ui/format";
import { modeText, replicasText, updateStatusText } from "./spec-format";

const TONES = {
  busy: "border-sky-500/50 bg-sky-500/10 text-sky-200",
  bad: "border-amber-500/60 bg-amber-500/10 text-amber-200",
  good: "border-emerald-500/40 bg-emerald-500/10 text-emerald-200",
  idle: "border-zinc-700 bg-zinc-900 text-zinc-300",
};

function Stat({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId} className="min-w-0 rounded-lg border border-zinc-800 bg-zinc-900/60 px-3 py-2">
      <div className="text-[11px] uppercase tracking-wide text-zinc-500">{label}</div>
      <div className="mt-0.5 min-w-0 break-words text-sm text-zinc-100">{children}</div>
    </div>
  );
}

export function ServiceSummary({ service, now }: { service: ServiceView; now: number | null }) {
  const update = updateStatusText(service.update);
  const healthy = service.running !== null && service.running === service.desired;
  return (
    <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
      <Stat label="Image">
        <span className="font-mono text-[13px]">{orDash(service.image)}</span>
      </Stat>
      <Stat label="Mode">
        {modeText(service.mode)}
        {service.replicas !== null && <span className="text-zinc-400"> · {service.replicas} replicas</span>}
      </Stat>
      <Stat label="Running / desired" testId="service-replicas">
        <span
          data-running={service.running === null ? "" : String(service.running)}
          data-desired={service.desired === null ? "" : String(service.desired)}
          className={`font-semibold tabular-nums ${healthy ? "text-emerald-300" : "text-amber-300"}`}
        >
          {replicasText(service)}
        </span>
        {service.completed !== null && service.completed > 0 && <span className="text-zinc-400"> · {service.completed} completed</span>}
      </Stat>
      <Stat label="Update status" testId="service-update-status">
        <span className={`inline-block rounded border px-1.5 text-xs font-medium leading-5 ${TONES[update.tone]}`} data-state={service.update?.state ?? "none"}>
          {update.text}
        </span>
        {update.message && <span className="mt-0.5 block text-xs text-zinc-400">{update.message}</span>}
        {service.update?.startedAt && now !== null && (
          <span className="block text-xs text-zinc-500" title={service.update.startedAt}>
            started {relativeTime(service.update.startedAt, now)}
          </span>
        )}
      </Stat>
      <div className="col-span-2 flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-zinc-500 md:col-span-4">
        <span>
          ID <span className="font-mono text-zinc-300">{service.id}</span>
        </span>
        {service.stack && (
          <span>
            Stack <span className="text-zinc-300">{service.stack}</span>
          </span>
        )}
        <span title={service.createdAt}>Created {formatDateTime(service.createdAt)}</span>
        <span title={service.updatedAt}>Updated {formatDateTime(service.updatedAt)}</span>
      </div>
    </div>
  );
}
