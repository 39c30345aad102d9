"use client";
// The task list exactly like `docker service ps` / `docker node ps`: ID, NAME (with ` \_ ` history rows), IMAGE, NODE, states, ERROR, PORTS;
// each row opens the task's recorded state path (TaskStatePath) below it.
import Link from "next/link";
import { Fragment, useState } from "react";
import { TaskStatePath } from "./TaskStatePath";
import { StateBadge } from "@/components/ui/StateBadge";
import { MISSING } from "@/components/ui/format";
import type { TaskRow } from "./task-rows";
import { DataTable } from "@/components/ui/DataTable";

interface Props {
  rows: TaskRow[] | null;
  /** data-testid of each row: "service-task-row" or "node-task-row". */
  rowTestId: string;
  /** Link each NAME to its service (docker node ps lists many services). */
  linkServices?: boolean;
  empty: string;
  /** A task whose state path starts open (the board's card links here with ?task=). */
  openTask?: string | null;
}

/** The CLI's columns, after one for the state-path toggle (its own cell, so the ID cell holds exactly the CLI's ID). */
const HEAD = [{ label: "State path", hidden: true }, "ID", "NAME", "IMAGE", "NODE", "DESIRED STATE", "CURRENT STATE", "ERROR", "PORTS"];
const cell = "whitespace-nowrap px-2 py-1 align-top";

export function TaskTable({ rows, rowTestId, linkServices = false, empty, openTask = null }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(openTask ? [openTask] : []));
  const toggle = (id: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  if (rows === null) return <p className="text-[13px] text-zinc-500">Loading tasks…</p>;
  if (rows.length === 0) return <p className="text-[13px] text-zinc-500">{empty}</p>;
  return (
    <DataTable variant="cli" columns={HEAD} frameClassName="-mx-3 -my-2.5 overflow-x-auto" className="w-full border-collapse text-left font-mono text-[12px] leading-5">
      {rows.map((row) => (
        <Fragment key={row.taskId}>
          <tr
            data-testid={rowTestId}
            data-task-id={row.taskId}
            data-state={row.state}
            data-history={row.history ? "true" : "false"}
            className={`border-b border-zinc-800/60 hover:bg-zinc-800/40 ${row.history ? "text-zinc-500" : "text-zinc-200"}`}
          >
            <td className="w-0 py-1 pl-2 align-top">
              <button
                type="button"
                data-testid="task-path-toggle"
                aria-expanded={open.has(row.taskId)}
                aria-label={`State path of task ${row.id}`}
                title="Show the states this task went through (why it failed)"
                onClick={() => toggle(row.taskId)}
                className="rounded px-0.5 text-zinc-500 hover:bg-zinc-700 hover:text-zinc-100"
              >
                {open.has(row.taskId) ? "▾" : "▸"}
              </button>
            </td>
            <td data-col="id" className={cell} title={row.taskId}>
              {row.id}
            </td>
            <td data-col="name" className={`${cell} whitespace-pre`}>
              {linkServices ? (
                <Link href={`/services/${row.serviceId}`} className="hover:text-sky-300 hover:underline">
                  {row.name}
                </Link>
              ) : (
                row.name
              )}
            </td>
            <td data-col="image" className={cell}>
              {row.image || MISSING}
            </td>
            <td data-col="node" className={cell}>
              {row.nodeId ? (
                <Link href={`/nodes/${row.nodeId}`} className="hover:text-sky-300 hover:underline">
                  {row.node}
                </Link>
              ) : (
                <span className="text-zinc-500">{MISSING}</span>
              )}
            </td>
            <td data-col="desired-state" className={cell}>
              {row.desiredState}
            </td>
            <td data-col="current-state" className={cell}>
              <span className="inline-flex items-center gap-1.5">
                <StateBadge state={row.state} compact />
                <span data-col-text="current-state">{row.currentState}</span>
              </span>
            </td>
            <td data-col="error" className="min-w-[9rem] px-2 py-1 align-top break-words text-red-300" title={row.errorFull || undefined}>
              {row.error}
            </td>
            <td data-col="ports" className={cell}>
              {row.ports}
            </td>
          </tr>
          {open.has(row.taskId) && (
            <tr className="border-b border-zinc-800/60 bg-zinc-950/60">
              <td colSpan={HEAD.length} className="px-3 py-1.5 font-sans text-[12px]">
                <TaskStatePath taskId={row.taskId} />
              </td>
            </tr>
          )}
        </Fragment>
      ))}
    </DataTable>
  );
}
