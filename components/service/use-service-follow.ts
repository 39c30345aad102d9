"use client";
// Follows a service live after an action: keeps the "stable for" clock and stops at the final line (converged, or the service gone).
import { useEffect, useState } from "react";
import { useClusterStore } from "@/components/store/cluster-store";
import { followService, isFinal, nextSteadySince, type ServiceFollow } from "./follow-service";
import { useNow } from "../operations/use-now";

const NONE = {};

export function useServiceFollow(serviceId: string, sinceVersion: number | null): ServiceFollow & { steadySeconds: number | null } {
  const { model } = useClusterStore();
  const cluster = model?.cluster;
  const [steadySince, setSteadySince] = useState<number | null>(null);
  const [final, setFinal] = useState<(ServiceFollow & { steadySeconds: number | null }) | null>(null);
  const now = useNow(final === null);
  const steadySeconds = steadySince === null ? null : Math.max(0, (now - steadySince) / 1000);
  const live = followService(cluster?.services[serviceId], cluster?.tasks ?? NONE, cluster?.nodes ?? NONE, sinceVersion, steadySeconds);

  const next = nextSteadySince(steadySince, live.steady, now);
  useEffect(() => {
    if (final === null && next !== steadySince) setSteadySince(next);
  }, [final, next, steadySince]);
  const reachedEnd = final === null && isFinal(live.phase);
  useEffect(() => {
    if (reachedEnd) setFinal({ ...live, steadySeconds });
  });
  return final ?? { ...live, steadySeconds };
}
