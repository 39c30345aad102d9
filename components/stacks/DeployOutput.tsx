"use client";
// After Deploy: the docker CLI's output as it streams, the report (done / not done), then each changed service's convergence.
import { isCliAdvice } from "./cli-advice";
import { CliBox } from "@/components/ui/CliBox";
import { ServiceProgress } from "@/components/service/ServiceProgress";
import { useClusterStore } from "@/components/store/cluster-store";
import type { ActionReport } from "@/lib/action-types";
import type { Failure } from "./stack-api";

export interface DeployState {
  running: boolean;
  lines: { stream: "stdout" | "stderr"; text: string }[];
  answer: ActionReport | Failure | null;
  /** Services to follow: name → the version before the deploy (null: being created). */
  follow: { name: string; sinceVersion: number | null }[];
}

function FollowByName({ name, sinceVersion }: { name: string; sinceVersion: number | null }) {
  const { model } = useClusterStore();
  const service = model ? Object.values(model.cluster.services).find((s) => s.name === name) : undefined;
  return (
    <li data-testid="stack-progress" data-service={name} className="rounded border border-zinc-800 p-2">
      <p className="mb-1 font-mono text-xs font-semibold text-zinc-100">{name}</p>
      {service ? <ServiceProgress serviceId={service.id} sinceVersion={sinceVersion} /> : <p className="text-xs text-zinc-400">waiting for the service to appear…</p>}
    </li>
  );
}

export function DeployOutput({ state }: { state: DeployState }) {
  const { answer } = state;
  return (
    <section data-testid="deploy" data-running={String(state.running)} className="space-y-2">
      <pre data-testid="deploy-output" className="max-h-64 overflow-auto rounded bg-zinc-950 p-2 font-mono text-[11px] text-zinc-200">
        {state.lines.map((l, i) =>
          isCliAdvice(l.text) ? (
            <div key={i} data-testid="cli-advice" className="text-zinc-500" title="The docker CLI's note about itself: Swarmscope follows the deploy to the end below.">
              {l.text}
            </div>
          ) : (
            <div key={i} className={l.stream === "stderr" ? "text-amber-200" : undefined}>
              {l.text}
            </div>
          ),
        )}
        {state.running && <div className="text-sky-300">…</div>}
      </pre>
      {answer && (
        <div data-testid="deploy-report" data-ok={String(answer.ok)} className="space-y-1 text-xs">
          <p role="status" className={`font-semibold ${answer.ok ? "text-emerald-300" : "text-red-300"}`}>
            {answer.ok ? `✔ ${answer.message}` : `✘ ${"error" in answer ? answer.error : answer.message}`}
          </p>
          {answer.cli && <CliBox cli={answer.cli} />}
          {answer.done && answer.done.length > 0 && (
            <ul className="list-inside list-disc text-zinc-300">
              {answer.done.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          {answer.notDone && answer.notDone.length > 0 && (
            <ul data-testid="deploy-not-done" className="list-inside list-disc text-red-300">
              {answer.notDone.map((d) => (
                <li key={d}>not done: {d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {answer?.ok && state.follow.length > 0 && (
        <ul className="grid gap-2 md:grid-cols-2">
          {state.follow.map((f) => (
            <FollowByName key={f.name} name={f.name} sinceVersion={f.sinceVersion} />
          ))}
        </ul>
      )}
    </section>
  );
}
