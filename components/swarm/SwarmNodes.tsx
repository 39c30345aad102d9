// The swarm's nodes like `docker node ls` (hostname, status, availability, manager status, engine), each linking to its page.
import Link from "next/link";
import type { NodeView } from "@/lib/model-types";
import { availabilityLabel, managerStatusLabel, statusLabel } from "@/components/visualizer/node-labels";
import { orDash } from "@/components/ui/format";
import { naturalCompare } from "@/components/task/cli-format";
import { CELL as cell, DataTable } from "@/components/ui/DataTable";

export function SwarmNodes({ nodes }: { nodes: Record<string, NodeView> }) {
  const list = Object.values(nodes).sort((a, b) => naturalCompare(a.hostname, b.hostname));
  return (
    <DataTable variant="cli" columns={["Hostname", "Status", "Availability", "Manager status", "Engine"]} frameClassName="-mx-3 -my-2.5 overflow-x-auto">
      {list.map((n) => (
        <tr key={n.id} data-testid="swarm-node-row" data-node-id={n.id} className="border-b border-zinc-800/60 text-zinc-200 hover:bg-zinc-800/40">
          <td className={`${cell} pl-3`}>
            <Link href={`/nodes/${n.id}`} className="font-medium text-sky-300 hover:underline">
              {n.hostname}
            </Link>
          </td>
          <td className={cell}>{statusLabel(n).text}</td>
          <td className={cell}>{availabilityLabel(n).text}</td>
          <td className={cell}>{managerStatusLabel(n)?.text ?? <span className="text-zinc-500">Worker</span>}</td>
          <td className={`${cell} font-mono text-[12px]`}>{orDash(n.engineVersion)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
