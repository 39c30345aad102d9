"use client";
// The visualizer's operations: a side drawer (an action's feedback, a drain to confirm, a service's or node's actions) and the +/− scale clicks.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { useClusterStore } from "@/components/store/cluster-store";
import type { NodeView, ServiceView } from "@/lib/model-types";
import { type Availability, type ActionRequest, availabilityRequest, scaleRequest } from "./requests";
import { nextTarget, scaleBase, type SentScale } from "../service/scale-target";
import { type ActionRun, useActionRun } from "./use-action-run";

/** +/− clicks within this time add up to one `docker service scale`. */
export const SCALE_SETTLE_MS = 600;

export type DrawerPanel = { kind: "run" } | { kind: "drain"; nodeId: string } | { kind: "service"; serviceId: string } | { kind: "node"; nodeId: string };

export interface Operations {
  panel: DrawerPanel | null;
  open(panel: DrawerPanel): void;
  close(): void;
  /** The drawer's latest action. */
  run: ActionRun | null;
  start(request: ActionRequest): void;
  /** Scale targets clicked but not sent yet, by service id. */
  pendingScale: Record<string, number>;
  scaleBy(service: ServiceView, delta: number): void;
  /** Active and pause go at once; drain asks first (the drawer lists the tasks that will move). */
  setAvailability(node: NodeView, availability: Availability): void;
}

const OperationsContext = createContext<Operations | null>(null);

/** The operations of the page, or null outside an OperationsProvider (controls then stay hidden). */
export function useOperations(): Operations | null {
  return useContext(OperationsContext);
}

/** `off`: the page shows something no action applies to (a replayed moment): no operations, so every control stays hidden. */
export function OperationsProvider({ children, off = false }: { children: ReactNode; off?: boolean }) {
  const { model } = useClusterStore();
  const cluster = useRef(model?.cluster);
  useEffect(() => {
    cluster.current = model?.cluster;
  });
  const { run, start: startRun } = useActionRun();
  const [panel, setPanel] = useState<DrawerPanel | null>(null);
  const [pendingScale, setPendingScale] = useState<Record<string, number>>({});
  const pending = useRef<Record<string, { target: number; timer: ReturnType<typeof setTimeout> }>>({});
  const sent = useRef<Record<string, SentScale>>({});
  useEffect(() => () => Object.values(pending.current).forEach((p) => clearTimeout(p.timer)), []);

  const start = useCallback(
    (request: ActionRequest) => {
      startRun(request);
      setPanel({ kind: "run" });
    },
    [startRun],
  );

  const commitScale = useCallback(
    (serviceId: string) => {
      const entry = pending.current[serviceId];
      delete pending.current[serviceId];
      setPendingScale((p) => {
        const { [serviceId]: _, ...rest } = p;
        return rest;
      });
      const service = cluster.current?.services[serviceId];
      if (!entry || !service) return;
      sent.current[serviceId] = { replicas: entry.target, version: service.version };
      start(scaleRequest(service, entry.target));
    },
    [start],
  );

  const scaleBy = useCallback(
    (service: ServiceView, delta: number) => {
      const latest = cluster.current?.services[service.id] ?? service;
      const entry = pending.current[service.id];
      const target = nextTarget(scaleBase(latest, entry?.target, sent.current[service.id]), delta);
      if (entry) clearTimeout(entry.timer);
      pending.current[service.id] = { target, timer: setTimeout(() => commitScale(service.id), SCALE_SETTLE_MS) };
      setPendingScale((p) => ({ ...p, [service.id]: target }));
    },
    [commitScale],
  );

  const setAvailability = useCallback(
    (node: NodeView, availability: Availability) => {
      if (availability === "drain") return setPanel({ kind: "drain", nodeId: node.id });
      const c = cluster.current;
      start(availabilityRequest(node, availability, c?.tasks ?? {}, c?.services ?? {}));
    },
    [start],
  );

  const close = useCallback(() => setPanel(null), []);
  const value = useMemo<Operations>(
    () => ({ panel, open: setPanel, close, run, start, pendingScale, scaleBy, setAvailability }),
    [panel, close, run, start, pendingScale, scaleBy, setAvailability],
  );
  return <OperationsContext.Provider value={off ? null : value}>{children}</OperationsContext.Provider>;
}
