// One container's network facts as docker inspect shows them: mode, IP/MAC per network, hostname, DNS, extra hosts, links, ports.
import Link from "next/link";
import { MISSING } from "@/components/ui/format";
import { Pill } from "@/components/ui/Pill";
import type { ContainerNetworkFacts } from "@/lib/detail-types";
import { addressText, listText, networkModeText } from "./container-view";
import { DataTable } from "@/components/ui/DataTable";

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-[10px] uppercase tracking-wide text-zinc-500">{label}</dt>
      <dd data-testid={testId} className="break-words font-mono text-[11px] text-zinc-200">
        {value}
      </dd>
    </div>
  );
}

export function ContainerRow({ container: c, all }: { container: ContainerNetworkFacts; all: readonly ContainerNetworkFacts[] }) {
  const mode = networkModeText(c, all);
  return (
    <li data-testid="container-row" data-container-name={c.name} data-network-mode={mode.mode} className="space-y-2 rounded-lg border border-zinc-800 bg-zinc-900/40 p-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="break-all text-sm font-semibold text-zinc-50">{c.name}</span>
        <span className="text-xs text-zinc-400">on {c.node}</span>
        <span className="font-mono text-[11px] text-zinc-500">{c.image || MISSING}</span>
        <Pill tone={c.state === "running" ? "good" : "neutral"}>{c.state}</Pill>
        {c.serviceName && c.taskId ? (
          <span className="text-xs text-zinc-400">
            task of{" "}
            <Link href={`/services/${encodeURIComponent(c.serviceName)}`} className="text-sky-300 hover:underline">
              {c.serviceName}
            </Link>
          </span>
        ) : (
          <span className="text-xs text-zinc-400">standalone</span>
        )}
      </div>
      <p className="text-xs">
        <span className="font-semibold text-zinc-200">Network mode </span>
        <span data-testid="network-mode" className="font-mono text-violet-300">
          {mode.mode}
        </span>
        <span data-testid={c.loopbackOnly ? "loopback-only" : "mode-explanation"} className="text-zinc-300">
          {" "}
          — {mode.explanation}
        </span>
      </p>
      {c.networks.length > 0 && (
        <DataTable
          testId="container-networks"
          variant="plain"
          frameClassName=""
          className="w-full text-left text-[11px]"
          bodyClassName="font-mono text-zinc-200"
          columns={["Network", "Address", "Gateway", "MAC", "Aliases"]}
        >
          {c.networks.map((n) => (
            <tr key={n.name} data-testid="container-network" data-network-name={n.name}>
              <td className="py-0.5 pr-3 font-sans font-semibold">{n.name}</td>
              <td data-testid="container-address" className="py-0.5 pr-3">
                {addressText(n)}
              </td>
              <td className="py-0.5 pr-3">{n.gateway ?? MISSING}</td>
              <td data-testid="container-mac" className="py-0.5 pr-3">
                {n.mac ?? MISSING}
              </td>
              <td className="py-0.5">{listText(n.aliases, MISSING)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1.5 sm:grid-cols-3 lg:grid-cols-6">
        <Fact label="Hostname" testId="container-hostname" value={c.domainname ? `${c.hostname}.${c.domainname}` : c.hostname || MISSING} />
        <Fact label="DNS servers" testId="container-dns" value={listText(c.dns, "the engine's default")} />
        <Fact label="DNS search" testId="container-dns-search" value={listText(c.dnsSearch, "none")} />
        <Fact label="DNS options" value={listText(c.dnsOptions, "none")} />
        <Fact label="Extra hosts" testId="container-extra-hosts" value={listText(c.extraHosts, "none")} />
        <Fact label="Links" testId="container-links" value={listText(c.links, "none")} />
      </dl>
      {c.ports.length > 0 && (
        <p className="text-[11px] text-zinc-400">
          Ports:{" "}
          <span className="font-mono text-zinc-200">
            {c.ports.map((p) => (p.hostPort ? `${p.hostIp || "0.0.0.0"}:${p.hostPort}->${p.container}` : `${p.container} (not published)`)).join(", ")}
          </span>
        </p>
      )}
    </li>
  );
}
