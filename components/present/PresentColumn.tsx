"use client";
// One node (or "Unassigned") as a /present column: big hostname, role/availability/status in words, then its tasks laid out as the fit says.
import type { NodeView, ServiceView, TaskView } from "@/lib/model-types";
import type { PresenterState } from "@/lib/presentation";
import { availabilityLabel, managerStatusLabel, roleLabel, statusLabel } from "@/components/visualizer/node-labels";
import { usePresence } from "@/components/visualizer/use-presence";
import { nodeHooks } from "@/components/visualizer/test-hooks";
import type { Fit } from "./fit";
import { nodeLit, taskLit } from "./present-board";
import { PresentTask } from "./PresentTask";
import type { ServiceMark, Theme } from "./theme";

interface Props {
  node: NodeView | null;
  nodes: Record<string, NodeView>;
  tasks: readonly TaskView[];
  services: Record<string, ServiceView>;
  marks: Map<string, ServiceMark>;
  fit: Fit;
  theme: Theme;
  spotlight: PresenterState["spotlight"];
  onBoard: (taskId: string) => boolean;
  ghostMs: number;
}

const taskKey = (task: TaskView) => task.id;

function facts(node: NodeView): { text: string; bad: boolean }[] {
  const manager = managerStatusLabel(node);
  const availability = availabilityLabel(node);
  const status = statusLabel(node);
  return [
    { text: manager?.text === "Leader" ? "★ Leader" : roleLabel(node).text, bad: false },
    { text: availability.text, bad: availability.tone === "bad" },
    ...(status.tone === "good" ? [] : [{ text: status.text, bad: true }]),
  ];
}

export function PresentColumn({ node, nodes, tasks, services, marks, fit, theme, spotlight, onBoard, ghostMs }: Props) {
  const shown = usePresence(tasks, taskKey, onBoard, ghostMs);
  const lit = shown.map(({ item }) => taskLit(spotlight, item, services[item.serviceId], item.nodeId ? nodes[item.nodeId] : undefined));
  const columnLit = node ? nodeLit(spotlight, node, lit) : lit.some(Boolean) || !spotlight;
  const hooks = node ? nodeHooks(node) : { "data-testid": "unassigned" };
  const drained = node !== null && node.availability !== "active";
  const down = node !== null && node.status !== "ready";
  const width = fit.stacked ? "100%" : fit.columnWidth;
  return (
    <section
      {...hooks}
      data-lit={String(columnLit)}
      className="flex min-w-0 shrink-0 flex-col overflow-hidden rounded-lg"
      style={{
        width,
        background: theme.column,
        border: `${fit.border}px ${drained || node === null ? "dashed" : "solid"} ${down ? theme.bad : theme.columnBorder}`,
        opacity: columnLit ? 1 : 0.35,
      }}
    >
      <header className="shrink-0 px-2" style={{ height: fit.headerHeight, paddingTop: fit.text * 0.3 }}>
        <h2 className="truncate font-bold" style={{ fontSize: fit.nodeName, lineHeight: 1.3, color: theme.text }}>
          {node ? node.hostname : "Unassigned"}
        </h2>
        <p className="flex gap-x-2 truncate" style={{ fontSize: fit.text, lineHeight: 1.3, color: theme.muted }}>
          {node ? (
            facts(node).map((f) => (
              <span key={f.text} style={f.bad ? { color: theme.bad, fontWeight: 700 } : undefined}>
                {f.text}
              </span>
            ))
          ) : (
            <span>not placed yet</span>
          )}
          <span className="ml-auto tabular-nums">{tasks.length}</span>
        </p>
      </header>
      <div
        className="flex shrink-0 flex-wrap content-start"
        style={{ gap: fit.itemGap, padding: fit.itemGap, height: fit.stacked ? undefined : fit.listHeight + 2 * fit.itemGap, overflow: fit.stacked ? undefined : "hidden" }}
      >
        {shown.map(({ item, leaving }, i) => (
          <PresentTask
            key={item.id}
            task={item}
            service={services[item.serviceId]}
            mark={marks.get(services[item.serviceId]?.name ?? "")}
            fit={fit}
            theme={theme}
            lit={lit[i]}
            leaving={leaving}
          />
        ))}
      </div>
    </section>
  );
}
