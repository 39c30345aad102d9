// The endpoints the inspectable nodes report on a network (containers, load balancers): node, name, IPv4/IPv6, MAC.
import { type Column, DataTable, EmptyNote } from "@/components/ui/DataTable";
import { MISSING } from "@/components/ui/format";
import type { NetworkDetail } from "@/lib/detail-types";

const COLUMNS: Column[] = [{ label: "Node" }, { label: "Container / endpoint" }, { label: "IPv4" }, { label: "IPv6" }, { label: "MAC" }];

export function NetworkEndpoints({ endpoints }: { endpoints: NetworkDetail["containers"] }) {
  if (endpoints.length === 0) {
    return <EmptyNote>No endpoint on the nodes Swarmscope can inspect (the manager it watches, and any in SWARMSCOPE_NODE_HOSTS).</EmptyNote>;
  }
  return (
    <DataTable testId="network-endpoints" columns={COLUMNS} bodyClassName="divide-y divide-zinc-800/80 font-mono">
      {endpoints.map((e) => (
        <tr key={`${e.node}/${e.endpointId ?? e.name}`} data-testid="network-endpoint-row" data-container-name={e.name}>
          <td className="px-2 py-1.5 font-sans">{e.node}</td>
          <td className="break-all px-2 py-1.5">{e.name || MISSING}</td>
          <td className="px-2 py-1.5">{e.ipv4 ?? MISSING}</td>
          <td className="px-2 py-1.5">{e.ipv6 ?? MISSING}</td>
          <td className="px-2 py-1.5">{e.mac ?? MISSING}</td>
        </tr>
      ))}
    </DataTable>
  );
}
