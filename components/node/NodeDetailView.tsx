"use client";
// The node page: what `docker node inspect --pretty` shows (live from the model, plus plugins, engine labels and TLS from
// GET /api/v1/nodes/:id), NodeActions (the sections the session's role allows), and the node's tasks like `docker node ps`.
import { useCallback } from "react";
import { NodeActions, useNodeControls } from "@/components/node/NodeActions";
import { FieldList } from "@/components/ui/FieldList";
import { LabelList } from "@/components/ui/LabelList";
import { PageFrame } from "@/components/ui/PageFrame";
import { PageMessage } from "@/components/ui/PageMessage";
import { Section } from "@/components/ui/Section";
import { Sub } from "@/components/ui/Sub";
import { WithOperations } from "@/components/ui/WithOperations";
import { resolveRef } from "@/lib/resolve-ref";
import { useGet } from "@/components/request/use-get";
import { useClusterStore } from "@/components/store/cluster-store";
import { TaskTable } from "@/components/task/TaskTable";
import { useTaskRows } from "@/components/task/use-task-rows";
import { availabilityLabel, managerStatusLabel, roleLabel, statusLabel } from "@/components/visualizer/node-labels";
import { Pill } from "@/components/ui/Pill";
import { useNow } from "@/components/visualizer/use-browser";
import type { NodeDetail } from "@/lib/detail-types";
import type { TaskView } from "@/lib/model-types";
import { identityFields, managerFields, platformFields, pluginGroups, statusFields, tlsFields } from "./node-format";

/** What a section from GET /api/v1/nodes/:id shows before (or instead of) the answer. */
function Pending({ error }: { error: string | null }) {
  return <p className="text-[13px] text-zinc-500">{error ? `Could not read: ${error}` : "Reading…"}</p>;
}

export function NodeDetailView({ reference }: { reference: string }) {
  const { model } = useClusterStore();
  const cluster = model?.cluster ?? null;
  const node = cluster ? resolveRef(cluster.nodes, reference, (n) => n.hostname) : null;
  const nodeId = node?.id ?? null;
  const now = useNow() ?? 0;

  const detail = useGet<NodeDetail>(nodeId ? `/api/v1/nodes/${nodeId}` : null, node?.version ?? null);
  const pick = useCallback((t: TaskView) => t.nodeId === nodeId, [nodeId]);
  const rows = useTaskRows(cluster, pick);
  const canOperate = useNodeControls().any;

  if (!node) {
    return (
      <PageFrame kind="Node" title={reference}>
        <PageMessage testId="not-found" title={`No such node: ${reference}`} detail="The swarm has no node with this ID or hostname (it may have been removed)." />
      </PageFrame>
    );
  }

  const manager = managerStatusLabel(node);
  const managerInfo = managerFields(node);
  const status = statusLabel(node);
  const role = roleLabel(node);
  const availability = availabilityLabel(node);
  const plugins = detail.data ? pluginGroups(detail.data.plugins) : null;
  return (
    <PageFrame
      kind="Node"
      title={node.hostname}
      badges={
        <span className="flex flex-wrap gap-1">
          <Pill tone={status.tone}>{status.text}</Pill>
          <Pill tone={role.tone}>{role.text}</Pill>
          {manager && <Pill tone={manager.tone}>{manager.text}</Pill>}
          <Pill tone={availability.tone}>{availability.text}</Pill>
        </span>
      }
    >
      <div data-testid="node-detail" data-node-id={node.id} data-hostname={node.hostname} data-role={node.role} data-availability={node.availability}>
        <WithOperations operations={canOperate ? <NodeActions nodeId={node.id} /> : null}>
          <div className="grid gap-3 md:grid-cols-2">
            <Section title="Node">
              <FieldList fields={[...identityFields(node, now), ...statusFields(node)]} />
            </Section>
            <Section title="Platform and resources">
              <FieldList fields={platformFields(node)} />
            </Section>
            {managerInfo && (
              <Section title="Manager status">
                <FieldList fields={managerInfo} />
              </Section>
            )}
            <Section title="TLS">{detail.data ? <FieldList fields={tlsFields(detail.data.tls, now)} /> : <Pending error={detail.error} />}</Section>
            <Section title="Engine plugins">
              {plugins === null ? (
                <Pending error={detail.error} />
              ) : plugins.length === 0 ? (
                <p className="text-[13px] text-zinc-500">None reported</p>
              ) : (
                <FieldList fields={plugins.map((g) => ({ label: g.type, value: g.names.join(", ") }))} />
              )}
            </Section>
            <Section title="Labels">
              <div className="space-y-3">
                <Sub title="Node labels">
                  <LabelList labels={node.labels} testId="node-labels" />
                </Sub>
                <Sub title="Engine labels">{detail.data ? <LabelList labels={detail.data.engineLabels} /> : <Pending error={detail.error} />}</Sub>
              </div>
            </Section>
          </div>
          <Section title="Tasks" aside={<span className="font-mono text-[11px] text-zinc-500">docker node ps {node.hostname}</span>} testId="node-tasks">
            <TaskTable rows={rows} rowTestId="node-task-row" linkServices empty="No tasks on this node." />
          </Section>
        </WithOperations>
      </div>
    </PageFrame>
  );
}
