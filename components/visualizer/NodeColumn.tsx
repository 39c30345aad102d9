"use client";
// One node as a column: its header and its task cards; drained, paused or down nodes are marked.
import type { NodeView } from "@/lib/model-types";
import { BoardColumn } from "./BoardColumn";
import { NodeHeader } from "./NodeHeader";
import { nodeHooks } from "./test-hooks";
import { type ColumnTasks, TaskList } from "./TaskList";

interface Props extends ColumnTasks {
  node: NodeView;
}

function frameClass(node: NodeView): string {
  if (node.status !== "ready") return "border-red-900/80 bg-red-950/20";
  if (node.availability === "drain") return "border-dashed border-red-800/70";
  if (node.availability === "pause") return "border-dashed border-amber-700/70";
  return "";
}

export function NodeColumn({ node, tasks, services, onBoard, ghostMs }: Props) {
  const hooks = nodeHooks(node);
  const empty = node.availability === "drain" ? "Drained: no tasks" : "No tasks";
  return (
    <BoardColumn hooks={hooks} header={<NodeHeader node={node} taskCount={tasks.length} />} className={frameClass(node)}>
      <TaskList tasks={tasks} services={services} onBoard={onBoard} ghostMs={ghostMs} emptyText={empty} />
    </BoardColumn>
  );
}
