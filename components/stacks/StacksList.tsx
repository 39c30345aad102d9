"use client";
// The stacks page: every stack from the live model with its services (running/desired), networks, secrets, configs; links to the visualizer,
// and deploy, edit and remove for sessions allowed them.
import Link from "next/link";
import { useEffect, useState } from "react";
import { BUTTON, PRIMARY_BUTTON } from "@/components/ui/styles";
import { useCan } from "@/components/nav/use-me";
import { useClusterStore } from "@/components/store/cluster-store";
import { Confirm } from "@/components/ui/Confirm";
import { listStacks, type StackSummary } from "@/lib/stacks";
import { ScheduledJobs } from "./ScheduledJobs";
import { fetchStack, removeStack, type StackDetail } from "./stack-api";
import { DeployOutput, type DeployState } from "./DeployOutput";
import { stackRemoveCli } from "@/lib/stack-deploy-cli";

/** The stack's volumes, read from the nodes Swarmscope can inspect, again whenever its services change. */
function StackVolumes({ name, servicesKey }: { name: string; servicesKey: string }) {
  const [detail, setDetail] = useState<StackDetail | null>(null);
  useEffect(() => {
    let live = true;
    void fetchStack(name).then((d) => live && setDetail(d));
    return () => {
      live = false;
    };
  }, [name, servicesKey]);
  if (!detail || detail.volumes.length === 0) return null;
  return (
    <p data-testid="stack-volumes" className="text-xs text-zinc-400" title={`volumes on the nodes Swarmscope can inspect: ${detail.volumeNodes.join(", ")}`}>
      <span className="text-zinc-500">Volumes: </span>
      <span className="font-mono text-zinc-300">{detail.volumes.map((v) => `${v.name} (${v.node})`).join(", ")}</span>
    </p>
  );
}

function Names({ label, items }: { label: string; items: { name: string }[] }) {
  if (items.length === 0) return null;
  return (
    <p className="text-xs text-zinc-400">
      <span className="text-zinc-500">{label}: </span>
      <span className="font-mono text-zinc-300">{items.map((i) => i.name).join(", ")}</span>
    </p>
  );
}

type Removal = { name: string; state: DeployState };

/** Remove a stack after typing its name; the answer is reported by the list (the card goes with the stack). */
function RemoveStack({ name, onAnswer }: { name: string; onAnswer(removal: Removal): void }) {
  const [volumes, setVolumes] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <Confirm
      opener="Remove…"
      testId="stack-remove"
      prompt={
        <>
          Type <span className="font-mono">{name}</span> to remove the stack:
        </>
      }
      cli={stackRemoveCli(name)}
      typeName={name}
      inputLabel="stack name to confirm"
      confirmLabel="Remove stack"
      busy={busy}
      extra={
        <label className="flex items-center gap-1 text-xs text-zinc-300">
          <input type="checkbox" checked={volumes} onChange={(e) => setVolumes(e.target.checked)} /> also delete its volumes (docker volume rm on each node; their data is lost)
        </label>
      }
      onConfirm={async () => {
        setBusy(true);
        onAnswer({ name, state: { running: true, lines: [], answer: null, follow: [] } });
        const r = await removeStack(name, volumes);
        setBusy(false);
        const lines = "output" in r ? (r.output ?? []).map((l) => ({ stream: l.stream === "stderr" ? ("stderr" as const) : ("stdout" as const), text: l.text })) : [];
        onAnswer({ name, state: { running: false, lines, answer: r, follow: [] } });
      }}
    />
  );
}

function StackCard({ stack, canEdit, onRemoval }: { stack: StackSummary; canEdit: boolean; onRemoval(removal: Removal): void }) {
  const converged = stack.running === stack.desired;
  return (
    <li data-testid="stack" data-stack={stack.name} className="space-y-1.5 rounded-lg border border-zinc-800 bg-zinc-900/60 p-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="font-mono text-sm font-semibold text-zinc-50">{stack.name}</h2>
        <span data-testid="stack-count" className={`rounded px-1.5 text-xs ${converged ? "bg-emerald-900/60 text-emerald-200" : "bg-amber-900/60 text-amber-200"}`}>
          {stack.running}/{stack.desired} tasks
        </span>
        <span className="ml-auto flex flex-wrap gap-2">
          <Link className={BUTTON} href={`/?stack=${encodeURIComponent(stack.name)}`}>
            Show on visualizer
          </Link>
          {canEdit && (
            <>
              <Link className={BUTTON} href={`/stacks/deploy?name=${encodeURIComponent(stack.name)}`}>
                Edit &amp; redeploy
              </Link>
              <RemoveStack name={stack.name} onAnswer={onRemoval} />
            </>
          )}
        </span>
      </div>
      <ul className="grid gap-1 sm:grid-cols-2">
        {stack.services.map((s) => (
          <li key={s.id} data-testid="stack-service" data-service={s.name} className="flex items-center gap-2 rounded bg-zinc-950/60 px-2 py-1 text-xs">
            <span className="font-mono text-zinc-100">{s.name}</span>
            <span className="text-zinc-500">{s.image}</span>
            <span className="ml-auto font-mono text-zinc-300">
              {s.running ?? "?"}/{s.desired ?? "?"}
            </span>
          </li>
        ))}
      </ul>
      <Names label="Networks" items={stack.networks} />
      <Names label="Secrets" items={stack.secrets} />
      <Names label="Configs" items={stack.configs} />
      <StackVolumes name={stack.name} servicesKey={stack.services.map((s) => `${s.id}:${s.running}`).join(",")} />
    </li>
  );
}

export function StacksList() {
  const { model } = useClusterStore();
  const stacks = model ? listStacks(model.cluster) : [];
  const canEdit = useCan("stacks");
  const [removal, setRemoval] = useState<Removal | null>(null);
  return (
    <div className="space-y-4 px-3 pb-8">
      <div className="flex items-center gap-2">
        <p className="text-xs text-zinc-400">Applications deployed with docker stack deploy, found from the com.docker.stack.namespace label.</p>
        {canEdit && (
          <Link className={`${PRIMARY_BUTTON} ml-auto`} href="/stacks/deploy">
            Deploy a stack
          </Link>
        )}
      </div>
      {removal && (
        <section data-testid="stack-removal" data-stack={removal.name} aria-label={`Removing stack ${removal.name}`} className="rounded-lg border border-zinc-800 p-3">
          <h2 className="mb-1 font-mono text-xs font-semibold text-zinc-100">docker stack rm {removal.name}</h2>
          <DeployOutput state={removal.state} />
        </section>
      )}
      {model && stacks.length === 0 && <p className="text-sm text-zinc-400">No stacks on this swarm yet.</p>}
      <ul className="space-y-3">
        {stacks.map((s) => (
          <StackCard key={s.name} stack={s} canEdit={canEdit} onRemoval={setRemoval} />
        ))}
      </ul>
      <ScheduledJobs />
    </div>
  );
}
