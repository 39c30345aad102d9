// The swarm's services like `docker service ls` (name, mode, replicas, image), each linking to its page.
import Link from "next/link";
import type { ServiceView } from "@/lib/model-types";
import { modeText, replicasText } from "@/components/service/spec-format";
import { naturalCompare } from "@/components/task/cli-format";
import { orDash } from "@/components/ui/format";
import { serviceColor } from "@/components/visualizer/service-colors";
import { CELL as cell, DataTable } from "@/components/ui/DataTable";

export function SwarmServices({ services }: { services: Record<string, ServiceView> }) {
  const list = Object.values(services).sort((a, b) => naturalCompare(a.name, b.name));
  if (list.length === 0) return <p className="text-[13px] text-zinc-500">No services yet.</p>;
  return (
    <DataTable variant="cli" columns={["Name", "Mode", "Replicas", "Image"]} frameClassName="-mx-3 -my-2.5 max-h-80 overflow-auto">
      {list.map((s) => (
        <tr key={s.id} data-testid="swarm-service-row" className="border-b border-zinc-800/60 text-zinc-200 hover:bg-zinc-800/40">
          <td className={`${cell} pl-3`}>
            <Link href={`/services/${s.id}`} className="inline-flex items-center gap-1.5 font-medium text-sky-300 hover:underline">
              <span aria-hidden="true" className="h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: serviceColor(s.name).stripe }} />
              {s.name}
            </Link>
          </td>
          <td className={cell}>{modeText(s.mode)}</td>
          <td className={`${cell} tabular-nums`}>{replicasText(s)}</td>
          <td className={`${cell} max-w-[16rem] truncate font-mono text-[12px]`}>{orDash(s.image)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
