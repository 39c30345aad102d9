// The tasks attached to a network: their address on it and the node they run on (live tasks first, ended ones dimmed).
import Link from "next/link";
import { type Column, DataTable, EmptyNote } from "@/components/ui/DataTable";
import { StateBadge } from "@/components/ui/StateBadge";
import { serviceColor } from "@/components/visualizer/service-colors";
import type { TaskRow } from "./network-detail";

const COLUMNS: Column[] = [{ label: "Task" }, { label: "Address on this network" }, { label: "Node" }, { label: "State" }, { label: "Task ID" }];

export function NetworkTasks({ rows }: { rows: TaskRow[] }) {
  if (rows.length === 0) {
    return <EmptyNote>No task is attached to this network.</EmptyNote>;
  }
  return (
    <DataTable testId="network-tasks" columns={COLUMNS}>
      {rows.map((r) => (
        <tr key={r.taskId} data-testid="network-task-row" data-task-id={r.taskId} data-state={r.state} className={r.ended ? "opacity-55" : ""}>
          <td className="px-2 py-1.5">
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="h-2.5 w-2.5 rounded-full" style={{ background: serviceColor(r.serviceName).stripe }} />
              <Link href={`/services/${encodeURIComponent(r.serviceId)}`} className="font-semibold text-sky-300 hover:underline">
                {r.name}
              </Link>
            </span>
          </td>
          <td data-testid="task-address" className="px-2 py-1.5 font-mono">
            {r.addresses.length ? r.addresses.join(", ") : "no address (yet)"}
          </td>
          <td className="px-2 py-1.5">{r.nodeName}</td>
          <td className="px-2 py-1.5">
            <StateBadge state={r.state} />
          </td>
          <td className="px-2 py-1.5 font-mono text-zinc-500">{r.taskId.slice(0, 12)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
