"use client";
// The service page: live summary, ServiceActions (for operators), the spec (GET /api/v1/services/:id, fetched again when the service changes),
// the task list like `docker service ps` (each task's state path on demand), its recorded changes, and live logs.
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { ServiceActions } from "@/components/service/ServiceActions";
import { PageFrame } from "@/components/ui/PageFrame";
import { PageMessage } from "@/components/ui/PageMessage";
import { Section } from "@/components/ui/Section";
import { WithOperations } from "@/components/ui/WithOperations";
import { resolveRef } from "@/lib/resolve-ref";
import { useGet } from "@/components/request/use-get";
import { LogsPanel } from "@/components/logs/LogsPanel";
import { useCan } from "@/components/nav/use-me";
import { useClusterStore } from "@/components/store/cluster-store";
import { TaskTable } from "@/components/task/TaskTable";
import { useTaskRows } from "@/components/task/use-task-rows";
import { serviceColor } from "@/components/visualizer/service-colors";
import { useNow } from "@/components/visualizer/use-browser";
import type { ServiceDetail } from "@/lib/detail-types";
import type { TaskView } from "@/lib/model-types";
import { ServiceChanges } from "./ServiceChanges";
import { ServiceSpec } from "./ServiceSpec";
import { ServiceSummary } from "./ServiceSummary";
import { Problem } from "@/components/ui/Problem";

export function ServiceDetailView({ reference }: { reference: string }) {
  const { model } = useClusterStore();
  const cluster = model?.cluster ?? null;
  const service = cluster ? resolveRef(cluster.services, reference, (s) => s.name) : null;
  const serviceId = service?.id ?? null;
  const now = useNow();

  const detail = useGet<ServiceDetail>(serviceId ? `/api/v1/services/${serviceId}` : null, service?.version ?? null);
  const pick = useCallback((t: TaskView) => t.serviceId === serviceId, [serviceId]);
  const rows = useTaskRows(cluster, pick);
  const canOperate = useCan("serviceOps");
  const openTask = useSearchParams().get("task");

  if (!service) {
    return (
      <PageFrame kind="Service" title={reference}>
        <PageMessage testId="not-found" title={`No such service: ${reference}`} detail="The swarm has no service with this ID or name (it may have been removed)." />
      </PageFrame>
    );
  }

  return (
    <PageFrame
      kind="Service"
      title={service.name}
      badges={<span aria-hidden="true" className="h-3 w-3 rounded-sm" style={{ backgroundColor: serviceColor(service.name).stripe }} />}
    >
      <div data-testid="service-detail" data-service-id={service.id} data-service-name={service.name}>
        <WithOperations operations={canOperate ? <ServiceActions serviceId={service.id} /> : null}>
          <ServiceSummary service={service} now={now} />
          <Section title="Tasks" aside={<span className="font-mono text-[11px] text-zinc-500">docker service ps {service.name}</span>} testId="service-tasks">
            <TaskTable rows={rows} rowTestId="service-task-row" openTask={openTask} empty="No tasks: the service has none (scaled to 0, or all removed)." />
          </Section>
          <ServiceChanges serviceId={service.id} version={service.version} />
          <LogsPanel serviceId={service.id} serviceName={service.name} />
          <Problem of={detail.error} prefix="Could not read the service spec:" boxed />
          {detail.data ? <ServiceSpec detail={detail.data} live={service} /> : !detail.error && <p className="text-sm text-zinc-500">Reading the spec…</p>}
        </WithOperations>
      </div>
    </PageFrame>
  );
}
