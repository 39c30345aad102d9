"use client";
// What happened after an action: the docker CLI command, the server's message and warnings or its error (naming the field), then live progress.
import type { ActionFailure, ActionReport } from "@/lib/action-types";
import { CliBox } from "@/components/ui/CliBox";
import { DrainProgress } from "../node/DrainProgress";
import { RemovalProgress } from "../service/RemovalProgress";
import { ServiceProgress } from "../service/ServiceProgress";
import type { ActionRun } from "./use-action-run";

function Follow({ run, report }: { run: ActionRun; report: ActionReport }) {
  const target = report.target;
  const follow = run.request.follow;
  if (!target) return null;
  if (follow.kind === "service" && target.kind === "service") {
    return <ServiceProgress key={run.id} serviceId={target.id} sinceVersion={follow.sinceVersion} />;
  }
  if (follow.kind === "service-removal" && target.kind === "service") return <RemovalProgress serviceId={target.id} />;
  if (follow.kind === "drain" && target.kind === "node") return <DrainProgress nodeId={target.id} taskIds={follow.taskIds} />;
  return null;
}

function Failure({ failure }: { failure: ActionFailure }) {
  return (
    <div data-testid="action-error" data-field={failure.field ?? ""} role="alert" className="rounded border border-red-700/70 bg-red-950/50 px-2 py-1.5 text-xs text-red-100">
      {failure.field && failure.field !== "body" && <span className="mr-1 rounded bg-red-900/70 px-1 font-mono text-red-200">{failure.field}</span>}
      {failure.error}
      {failure.notDone && failure.notDone.length > 0 && (
        <ul className="mt-1 list-disc pl-4 text-red-200/80">
          {failure.notDone.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ActionFeedback({ run }: { run: ActionRun }) {
  const { request, answer } = run;
  const status = answer === null ? "sending" : answer.ok ? "ok" : "failed";
  const report = answer && answer.ok ? (answer as ActionReport) : null;
  return (
    <div data-testid="action-feedback" data-status={status} data-action={request.action} className="space-y-2">
      <h3 className="text-sm font-semibold text-zinc-100">{request.title}</h3>
      <CliBox cli={answer?.cli || request.cli} caption={report ? "docker CLI (as the server ran it)" : "docker CLI"} />
      {status === "sending" && (
        <p data-testid="action-status" className="text-xs text-zinc-400">
          sending…
        </p>
      )}
      {report && (
        <>
          <p data-testid="action-message" className="text-xs text-zinc-200">
            {report.message}
          </p>
          {report.warnings.map((w) => (
            <p key={w} data-testid="action-warning" className="rounded border border-amber-700/60 bg-amber-950/40 px-2 py-1 text-xs text-amber-100">
              ⚠ {w}
            </p>
          ))}
          <Follow run={run} report={report} />
        </>
      )}
      {answer && !answer.ok && <Failure failure={answer as ActionFailure} />}
    </div>
  );
}
