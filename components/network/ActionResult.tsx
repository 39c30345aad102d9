// A network action's answer: what was done and the docker command it stands for, or the refusal naming the field to blame.
import { failureOf, type NetworkAnswer } from "./network-api";

export function ActionResult({ answer, pending, pendingText }: { answer: NetworkAnswer | null; pending: boolean; pendingText: string }) {
  if (pending) {
    return (
      <p data-testid="action-result" data-state="pending" role="status" className="text-xs text-zinc-400">
        {pendingText}
      </p>
    );
  }
  if (!answer) return null;
  const cli = answer.cli ?? null;
  const failure = failureOf(answer);
  return (
    <div
      data-testid="action-result"
      data-state={failure ? "failed" : "ok"}
      role={failure ? "alert" : "status"}
      className={`space-y-1.5 rounded-md border px-3 py-2 text-xs ${failure ? "border-red-800/70 bg-red-950/40" : "border-emerald-800/70 bg-emerald-950/30"}`}
    >
      {failure ? (
        <p data-testid="action-error" data-field={failure.field ?? ""} className="text-red-100">
          <span className="font-semibold text-red-300">Refused{failure.field ? ` (${failure.field})` : ""}: </span>
          {failure.error}
        </p>
      ) : (
        <p className="font-semibold text-emerald-200">{"message" in answer && answer.message ? answer.message : "Done"}</p>
      )}
      {!failure && "warnings" in answer && answer.warnings.length > 0 && (
        <ul className="list-inside list-disc text-amber-200">
          {answer.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {cli && (
        <div>
          <p className="text-[11px] text-zinc-400">{failure ? "The docker CLI for this would be" : "Equivalent docker CLI"}</p>
          <pre data-testid="action-cli" className="whitespace-pre-wrap break-all rounded bg-black/50 px-2 py-1 font-mono text-emerald-200">
            {cli}
          </pre>
        </div>
      )}
    </div>
  );
}
