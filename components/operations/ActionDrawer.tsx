"use client";
// The visualizer's right-side drawer: the latest action's feedback, a drain to confirm, or a service's / node's actions; stays open while progress runs.
import { useEffect } from "react";
import { useClusterStore } from "@/components/store/cluster-store";
import { ActionFeedback } from "./ActionFeedback";
import { DrainConfirm } from "../node/DrainConfirm";
import { NodeActions } from "../node/NodeActions";
import { type DrawerPanel, useOperations } from "./operations";
import { ServiceActions } from "../service/ServiceActions";
import { BUTTON } from "@/components/ui/styles";

function title(panel: DrawerPanel, names: { service?: string; node?: string }): string {
  switch (panel.kind) {
    case "run":
      return "Action";
    case "drain":
      return `Drain ${names.node ?? "node"}`;
    case "service":
      return `Service ${names.service ?? ""}`;
    case "node":
      return `Node ${names.node ?? ""}`;
  }
}

export function ActionDrawer() {
  const ops = useOperations();
  const cluster = useClusterStore().model?.cluster;
  const panel = ops?.panel ?? null;
  const close = ops?.close;
  useEffect(() => {
    if (!panel || !close) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") close();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [panel, close]);
  if (!ops || !panel) return null;

  const node = "nodeId" in panel ? cluster?.nodes[panel.nodeId] : undefined;
  const service = "serviceId" in panel ? cluster?.services[panel.serviceId] : undefined;
  const target = ops.run?.answer?.ok ? (ops.run.answer as { target?: { kind: string; id: string } }).target : null;
  return (
    <aside data-testid="action-drawer" data-panel={panel.kind} aria-label="Operations" className="flex w-[25rem] shrink-0 flex-col border-l border-zinc-800 bg-zinc-950">
      <div className="flex items-center gap-2 border-b border-zinc-800 px-3 py-2">
        <h2 className="min-w-0 flex-1 truncate text-sm font-semibold text-zinc-100">{title(panel, { service: service?.name, node: node?.hostname })}</h2>
        <button
          type="button"
          data-testid="drawer-close"
          aria-label="Close the panel"
          onClick={ops.close}
          className="rounded px-1.5 text-zinc-400 hover:bg-zinc-800 hover:text-zinc-50"
        >
          ✕
        </button>
      </div>
      <div className="min-h-0 flex-1 space-y-3 overflow-y-auto p-3">
        {panel.kind === "run" && ops.run && (
          <>
            <ActionFeedback key={ops.run.id} run={ops.run} />
            {target && (
              <button
                type="button"
                data-testid="more-actions"
                onClick={() => ops.open(target.kind === "service" ? { kind: "service", serviceId: target.id } : { kind: "node", nodeId: target.id })}
                className={BUTTON}
              >
                More actions…
              </button>
            )}
          </>
        )}
        {panel.kind === "drain" && (node ? <DrainConfirm node={node} onConfirm={ops.start} onCancel={ops.close} /> : <p className="text-xs text-zinc-400">No such node.</p>)}
        {panel.kind === "service" && <ServiceActions key={panel.serviceId} serviceId={panel.serviceId} />}
        {panel.kind === "node" && <NodeActions key={panel.nodeId} nodeId={panel.nodeId} />}
      </div>
    </aside>
  );
}
