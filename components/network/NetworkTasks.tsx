// The tasks attached to a network: their address on it and the node they run on (live tasks first, ended ones dimmed).
import Link from "next/link";
import { StateBadge } from "@/components/visualizer/StateBadge";
import { serviceColor } from "@/components/visualizer/service-colors";
import type { TaskRow } from "./network-detail";

export function NetworkTasks({ rows }: { rows: TaskRow[] }) {
  if (rows.length === 0) {
    return <p className="rounded-lg border border-dashed border-zinc-800 px-3 py-2 text-xs text-zinc-400">No task is attached to this network.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-800">
      <table data-testid="network-tasks" className="w-full text-left text-xs">
        <thead className="bg-zinc-900 text-[11px] uppercase tracking-wide text-zinc-400">
          <tr>
            <th className="px-2 py-1.5 font-semibold">Task</th>
            <th className="px-2 py-1.5 font-semibold">Address on this network</th>
            <th className="px-2 py-1.5 font-semibold">Node</th>
            <th className="px-2 py-1.5 font-semibold">State</th>
            <th className="px-2 py-1.5 font-semibold">Task ID</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-800/80">
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
        </tbody>
      </table>
    </div>
  );
}
