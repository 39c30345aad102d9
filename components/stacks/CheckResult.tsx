"use client";
// What a check found: problems (with line and path), the plan (create / update with fields / unchanged / remove), images, the rendered compose file.
import type { PlanItem, StackCheck } from "@/lib/stack-types";
import { DataTable } from "@/components/ui/DataTable";
import { ReproduceDeploy } from "./ReproduceDeploy";

const ACTION_TONE: Record<PlanItem["action"], string> = {
  create: "text-emerald-300",
  update: "text-amber-300",
  remove: "text-red-300",
  unchanged: "text-zinc-500",
};

export function Problems({ problems }: { problems: StackCheck["problems"] }) {
  if (problems.length === 0) return null;
  return (
    <ul data-testid="problems" className="space-y-1 rounded border border-red-800/60 bg-red-950/40 p-2 text-xs">
      {problems.map((p, i) => (
        <li key={i} data-testid="problem" data-path={p.path ?? ""} data-line={p.line ?? ""} data-source={p.source} className="text-red-200">
          <span className="font-mono text-red-300">
            {p.source}
            {p.line !== null ? ` line ${p.line}` : ""}
          </span>{" "}
          {p.message}
        </li>
      ))}
    </ul>
  );
}

function PlanTable({ plan }: { plan: PlanItem[] }) {
  return (
    <DataTable testId="plan" variant="plain" frameClassName="" columns={["Object", "Would be", "Details"]}>
      {plan.map((item) => (
        <tr
          key={`${item.kind} ${item.name}`}
          data-testid="plan-item"
          data-kind={item.kind}
          data-name={item.name}
          data-action={item.action}
          className="border-t border-zinc-800 align-top"
        >
          <td className="py-1 pr-2 font-mono text-zinc-100">
            <span className="text-zinc-500">{item.kind} </span>
            {item.name}
          </td>
          <td className={`py-1 pr-2 font-semibold ${ACTION_TONE[item.action]}`}>
            {item.action === "unchanged" ? "left alone" : item.action === "update" ? "changed" : `${item.action}d`}
          </td>
          <td className="py-1 text-zinc-300">
            {item.changes.map((c) => (
              <div key={c.field} data-testid="plan-change" data-field={c.field} className="font-mono">
                {c.field}: <span className="text-red-300 line-through">{c.from}</span> → <span className="text-emerald-300">{c.to}</span>
              </div>
            ))}
            {item.note && <div className="text-zinc-500">{item.note}</div>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

interface Props {
  check: StackCheck;
  /** The stack name, prune and whether files came along, for the command that reproduces the deploy by hand. */
  stack: string;
  prune: boolean;
  withFiles: boolean;
}

export function CheckResult({ check, stack, prune, withFiles }: Props) {
  return (
    <section data-testid="check" data-ok={String(check.ok)} className="space-y-2">
      <p role="status" className={`text-sm font-semibold ${check.ok ? "text-emerald-300" : "text-red-300"}`}>
        {check.ok
          ? "✔ Valid — preview of what docker stack deploy would do:"
          : check.problems.length === 0 && check.engineProblem
            ? "✔ The files check out"
            : `✘ ${check.problems.length} problem${check.problems.length === 1 ? "" : "s"}: nothing can be deployed until they are fixed`}
      </p>
      {check.engineProblem && (
        <p data-testid="check-engine-problem" role="alert" className="text-xs text-amber-200">
          {check.engineProblem}.
        </p>
      )}
      <Problems problems={check.problems} />
      {check.plan && <PlanTable plan={check.plan} />}
      {check.images.length > 0 && (
        <div className="text-xs text-zinc-400">
          <p>Images (the deploy does not ask a registry: --resolve-image never; nodes without an image pull it or fail the task):</p>
          <ul>
            {check.images.map((image) => {
              const on = check.imageNodes[image];
              return (
                <li key={image} data-testid="image" data-image={image} data-missing={on?.missing.join(",") ?? ""} className="font-mono">
                  <span className="text-zinc-200">{image}</span>
                  {on && on.present.length > 0 && <span className="text-emerald-300"> on {on.present.join(", ")}</span>}
                  {on && on.missing.length > 0 && <span className="text-amber-300"> — not on {on.missing.join(", ")}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {check.unresolved.length > 0 && (
        <p className="text-xs text-red-300">
          Variables without a value: <span className="font-mono">{check.unresolved.join(", ")}</span>
        </p>
      )}
      <details>
        <summary className="cursor-pointer text-xs text-zinc-400">Rendered compose file{check.settingsSet ? ` (settings: ${check.settingsSet})` : ""}</summary>
        <pre data-testid="rendered" className="mt-1 max-h-80 overflow-auto rounded bg-zinc-950 p-2 font-mono text-[11px] text-zinc-200">
          {check.rendered}
        </pre>
      </details>
      {check.problems.length === 0 && <ReproduceDeploy stack={stack} rendered={check.rendered} prune={prune} withFiles={withFiles} />}
    </section>
  );
}
