"use client";
// A node column's header: hostname (links to the node's page), role, manager status, availability (a menu to change it, for operators), status, engine, CPUs and memory.
import Link from "next/link";
import { AvailabilityMenu } from "@/components/node/AvailabilityMenu";
import { useNodeControls } from "@/components/node/NodeActions";
import { useOperations } from "@/components/operations/operations";
import type { NodeView } from "@/lib/model-types";
import { formatBytes, formatCpus, orDash, plural } from "@/components/ui/format";
import { availabilityLabel, managerStatusLabel, roleLabel, statusLabel } from "./node-labels";
import { Pill } from "@/components/ui/Pill";

export function NodeHeader({ node, taskCount }: { node: NodeView; taskCount: number }) {
  const role = roleLabel(node);
  const manager = managerStatusLabel(node);
  const availability = availabilityLabel(node);
  const status = statusLabel(node);
  const ops = useOperations();
  const can = useNodeControls();
  return (
    <>
      <div className="flex items-center gap-1.5">
        <h2 className="min-w-0 truncate text-sm font-semibold text-zinc-50" title={`${node.hostname} (${node.id})`}>
          <Link href={`/nodes/${encodeURIComponent(node.id)}`} prefetch={false} className="hover:underline">
            {node.hostname}
          </Link>
        </h2>
        <Pill tone={status.tone} title={node.statusMessage ? `Status: ${node.statusMessage}` : "Status"}>
          <span aria-hidden="true">{status.tone === "good" ? "●" : "○"}</span>
          {status.text}
        </Pill>
        <span className="ml-auto shrink-0 pl-1 text-[11px] tabular-nums text-zinc-400">{plural(taskCount, "task")}</span>
      </div>
      <div className="mt-1 flex flex-wrap gap-1">
        <Pill tone={role.tone}>{role.text}</Pill>
        {manager && (
          <Pill tone={manager.tone} title="Manager status">
            {manager.text === "Leader" && <span aria-hidden="true">★</span>}
            {manager.text}
          </Pill>
        )}
        {ops && can.availability ? (
          <AvailabilityMenu node={node} ops={ops} />
        ) : (
          <Pill tone={availability.tone} title="Availability">
            {availability.text}
          </Pill>
        )}
        {ops && can.any && (
          <button
            type="button"
            data-testid="node-actions-open"
            aria-label={`Actions for ${node.hostname}`}
            title={`Actions for ${node.hostname}: availability, promote/demote, labels, remove`}
            onClick={() => ops.open({ kind: "node", nodeId: node.id })}
            className="ml-auto rounded px-1 text-[11px] leading-[18px] text-zinc-400 hover:bg-zinc-700 hover:text-zinc-50"
          >
            ⋯
          </button>
        )}
      </div>
      <div
        className="mt-1 flex gap-1 text-[11px] text-zinc-400"
        title={`Docker ${orDash(node.engineVersion)} · ${orDash(node.os)}/${orDash(node.arch)} · address ${orDash(node.addr)}`}
      >
        <span className="shrink-0 text-zinc-300">
          {formatCpus(node.cpus)} · {formatBytes(node.memoryBytes)}
        </span>
        <span className="min-w-0 truncate">· Docker {orDash(node.engineVersion)}</span>
      </div>
    </>
  );
}
