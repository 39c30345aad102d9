// The service spec in readable form (docker service inspect --pretty): container, ports, networks, mounts, env, placement, policies, labels.
import type { ServiceDetail } from "@/lib/detail-types";
import type { ServiceView } from "@/lib/model-types";
import { FieldList } from "@/components/ui/FieldList";
import { LabelList } from "@/components/ui/LabelList";
import { Section } from "@/components/ui/Section";
import { Sub } from "@/components/ui/Sub";
import { goDuration } from "@/components/ui/time-format";
import { commandText, mountLine, policyFields, portLine, restartFields } from "./spec-format";

function Lines({ items, none, testId }: { items: string[]; none: string; testId?: string }) {
  if (items.length === 0) return <p className="text-[13px] text-zinc-500">{none}</p>;
  return (
    <ul data-testid={testId} className="space-y-0.5 font-mono text-[12px] text-zinc-200">
      {items.map((item, i) => (
        <li key={`${i}-${item}`} className="break-all">
          {item}
        </li>
      ))}
    </ul>
  );
}

export function ServiceSpec({ detail, live }: { detail: ServiceDetail; live: ServiceView }) {
  const spec = detail.spec;
  const vip = new Map(detail.virtualIps.map((v) => [v.networkId, v.addr]));
  return (
    <div data-testid="service-spec" className="grid gap-3 lg:grid-cols-2">
      <Section title="Container">
        <div className="space-y-3">
          <FieldList
            fields={[
              { label: "Image", value: spec.image || "—", mono: true, title: spec.imageFull || undefined },
              { label: "Command", value: commandText(spec), mono: true },
              { label: "Stop grace period", value: goDuration(spec.stopGracePeriodSeconds) },
            ]}
          />
          <Sub title={`Environment (${spec.env.length})`}>
            {spec.env.length === 0 ? (
              <p className="text-[13px] text-zinc-500">None</p>
            ) : (
              <table data-testid="service-env" className="w-full font-mono text-[12px]">
                <tbody>
                  {spec.env.map((e, i) => (
                    <tr key={`${i}-${e.name}`} className="align-top">
                      <td className="w-0 whitespace-nowrap pr-2 text-sky-200">{e.name}</td>
                      <td className="break-all text-zinc-200">{e.value === "" ? <span className="text-zinc-500">(empty)</span> : e.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Sub>
          <Sub title="Mounts">
            <Lines items={spec.mounts.map(mountLine)} none="None" testId="service-mounts" />
          </Sub>
        </div>
      </Section>
      <Section title="Network and placement">
        <div className="space-y-3">
          <Sub title="Published ports">
            <Lines items={live.ports.map(portLine)} none="None" testId="service-ports" />
          </Sub>
          <Sub title="Networks">
            <Lines
              items={spec.networks.map((n) => (vip.has(n.id) ? `${n.name} · VIP ${vip.get(n.id)}` : n.name))}
              none="None (only ingress, if ports are published)"
              testId="service-networks"
            />
          </Sub>
          <Sub title="Placement constraints">
            <Lines items={spec.constraints} none="None: any node" testId="service-constraints" />
          </Sub>
        </div>
      </Section>
      <Section title="Restart policy">
        <FieldList fields={restartFields(spec.restart)} />
      </Section>
      <div className="grid gap-3 sm:grid-cols-2">
        <Section title="Update config">
          <FieldList fields={policyFields(spec.update)} />
        </Section>
        <Section title="Rollback config">
          <FieldList fields={policyFields(spec.rollback)} />
        </Section>
      </div>
      <Section title="Service labels">
        <LabelList labels={spec.labels} testId="service-labels" />
      </Section>
      <Section title="Container labels">
        <LabelList labels={spec.containerLabels} />
      </Section>
    </div>
  );
}
