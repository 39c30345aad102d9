// A network's own facts at the top of its page: driver, scope, addressing, flags, labels, stack, created.
import type { ReactNode } from "react";
import { formatClock, MISSING } from "@/components/ui/format";
import { Pill } from "@/components/ui/Pill";
import type { NetworkView } from "@/lib/model-types";
import { networkFlags } from "./network-rows";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-[11px] uppercase tracking-wide text-zinc-500">{label}</dt>
      <dd className="break-words text-xs text-zinc-100">{children}</dd>
    </div>
  );
}

/** A fact made of several values, one element each, or a word when there is none. */
function Listed<T>({ items, none, className, children }: { items: T[]; none: string; className: string; children: (item: T) => ReactNode }) {
  return items.length === 0 ? none : <span className={className}>{items.map((item) => children(item))}</span>;
}

export function NetworkFacts({ network }: { network: NetworkView }) {
  const flags = networkFlags(network);
  const labels = Object.entries(network.labels).sort(([a], [b]) => a.localeCompare(b));
  return (
    <dl data-testid="network-facts" className="grid grid-cols-2 gap-x-6 gap-y-2 rounded-lg border border-zinc-800 bg-zinc-900/40 p-3 sm:grid-cols-4 lg:grid-cols-6">
      <Fact label="ID">
        <span className="font-mono" title={network.id}>
          {network.id.slice(0, 12)}
        </span>
      </Fact>
      <Fact label="Driver · scope">
        {network.driver || MISSING} · {network.scope}
      </Fact>
      <Fact label="Subnet · gateway">
        <Listed items={network.subnets} none={MISSING} className="flex flex-col font-mono">
          {(s) => (
            <span key={s.subnet}>
              {s.subnet} · {s.gateway ?? MISSING}
              {s.ipRange ? ` · range ${s.ipRange}` : ""}
            </span>
          )}
        </Listed>
      </Fact>
      <Fact label="Options">
        <Listed items={flags} none="none" className="flex flex-wrap gap-1">
          {(f) => (
            <Pill key={f} tone="info">
              {f}
            </Pill>
          )}
        </Listed>
      </Fact>
      <Fact label="Labels">
        <Listed items={labels} none="none" className="flex flex-col font-mono">
          {([k, v]) => <span key={k}>{v ? `${k}=${v}` : k}</span>}
        </Listed>
      </Fact>
      <Fact label="Stack · created">
        {network.stack ?? "no stack"} · {formatClock(network.createdAt)}
      </Fact>
    </dl>
  );
}
