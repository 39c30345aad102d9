// A network's own facts at the top of its page: driver, scope, addressing, flags, labels, stack, created.
import { formatClock, MISSING } from "@/components/ui/format";
import { Pill } from "@/components/ui/Pill";
import type { NetworkView } from "@/lib/model-types";
import { networkFlags } from "./network-rows";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-[11px] uppercase tracking-wide text-zinc-500">{label}</dt>
      <dd className="break-words text-xs text-zinc-100">{children}</dd>
    </div>
  );
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
        {network.subnets.length === 0 ? (
          MISSING
        ) : (
          <span className="flex flex-col font-mono">
            {network.subnets.map((s) => (
              <span key={s.subnet}>
                {s.subnet} · {s.gateway ?? MISSING}
                {s.ipRange ? ` · range ${s.ipRange}` : ""}
              </span>
            ))}
          </span>
        )}
      </Fact>
      <Fact label="Options">
        {flags.length === 0 ? (
          "none"
        ) : (
          <span className="flex flex-wrap gap-1">
            {flags.map((f) => (
              <Pill key={f} tone="info">
                {f}
              </Pill>
            ))}
          </span>
        )}
      </Fact>
      <Fact label="Labels">
        {labels.length === 0 ? (
          "none"
        ) : (
          <span className="flex flex-col font-mono">
            {labels.map(([k, v]) => (
              <span key={k}>{v ? `${k}=${v}` : k}</span>
            ))}
          </span>
        )}
      </Fact>
      <Fact label="Stack · created">
        {network.stack ?? "no stack"} · {formatClock(network.createdAt)}
      </Fact>
    </dl>
  );
}
