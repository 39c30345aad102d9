// The endpoints the inspectable nodes report on a network (containers, load balancers): node, name, IPv4/IPv6, MAC.
import { MISSING } from "@/components/visualizer/format";
import type { NetworkDetail } from "@/lib/detail-types";

export function NetworkEndpoints({ endpoints }: { endpoints: NetworkDetail["containers"] }) {
  if (endpoints.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-800 px-3 py-2 text-xs text-zinc-400">
        No endpoint on the nodes Swarmscope can inspect (the manager it watches, and any in SWARMSCOPE_NODE_HOSTS).
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-800">
      <table data-testid="network-endpoints" className="w-full text-left text-xs">
        <thead className="bg-zinc-900 text-[11px] uppercase tracking-wide text-zinc-400">
          <tr>
            <th className="px-2 py-1.5 font-semibold">Node</th>
            <th className="px-2 py-1.5 font-semibold">Container / endpoint</th>
            <th className="px-2 py-1.5 font-semibold">IPv4</th>
            <th className="px-2 py-1.5 font-semibold">IPv6</th>
            <th className="px-2 py-1.5 font-semibold">MAC</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-800/80 font-mono">
          {endpoints.map((e) => (
            <tr key={`${e.node}/${e.endpointId ?? e.name}`} data-testid="network-endpoint-row" data-container-name={e.name}>
              <td className="px-2 py-1.5 font-sans">{e.node}</td>
              <td className="break-all px-2 py-1.5">{e.name || MISSING}</td>
              <td className="px-2 py-1.5">{e.ipv4 ?? MISSING}</td>
              <td className="px-2 py-1.5">{e.ipv6 ?? MISSING}</td>
              <td className="px-2 py-1.5">{e.mac ?? MISSING}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
