"use client";
// The create form's lists: env, published ports, networks (from the swarm), placement constraints, labels and named-volume mounts.
import { useClusterStore } from "@/components/store/cluster-store";
import { INPUT } from "@/components/ui/styles";
import type { FieldsProps } from "./field-props";
import type { KeyValueRow, PortRow } from "./form-model";
import { FormRow } from "@/components/ui/FormRow";
import { RowList } from "./RowList";

function KeyValues({ rows, onChange, testId, what }: { rows: KeyValueRow[]; onChange: (rows: KeyValueRow[]) => void; testId: string; what: string }) {
  return (
    <RowList
      rows={rows}
      onChange={onChange}
      blank={() => ({ key: "", value: "" })}
      testId={testId}
      addLabel={`add ${what}`}
      render={(row, set) => (
        <>
          <input
            aria-label={`${what} name`}
            data-testid={`${testId}-key`}
            placeholder="NAME"
            value={row.key}
            spellCheck={false}
            onChange={(e) => set({ ...row, key: e.target.value })}
            className={`${INPUT} w-40 font-mono`}
          />
          <span className="text-zinc-500">=</span>
          <input
            aria-label={`${what} value`}
            data-testid={`${testId}-value`}
            placeholder="value"
            value={row.value}
            spellCheck={false}
            onChange={(e) => set({ ...row, value: e.target.value })}
            className={`${INPUT} flex-1 font-mono`}
          />
        </>
      )}
    />
  );
}

function NetworkPicker({ form, set }: Pick<FieldsProps, "form" | "set">) {
  const networks = Object.values(useClusterStore().model?.cluster.networks ?? {})
    .filter((n) => n.scope === "swarm" && !n.ingress)
    .sort((a, b) => a.name.localeCompare(b.name));
  if (networks.length === 0)
    return <p className="pt-1 text-[11px] text-zinc-500">No swarm-scoped network to attach to (the ingress network is used for published ports anyway).</p>;
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1 pt-1">
      {networks.map((n) => (
        <label key={n.id} className="inline-flex items-center gap-1.5 text-xs text-zinc-200">
          <input
            type="checkbox"
            data-testid="network-option"
            data-network={n.name}
            checked={form.networks.includes(n.name)}
            onChange={(e) => set({ networks: e.target.checked ? [...form.networks, n.name] : form.networks.filter((x) => x !== n.name) })}
          />
          <span className="font-mono">{n.name}</span>
          <span className="text-zinc-500">{n.driver}</span>
        </label>
      ))}
    </div>
  );
}

export function ListFields({ form, set, errors }: FieldsProps) {
  return (
    <>
      <FormRow label="Environment" field="env" error={errors.env}>
        <KeyValues rows={form.env} onChange={(env) => set({ env })} testId="env" what="variable" />
      </FormRow>
      <FormRow label="Published ports" field="ports" error={errors.ports} hint="published: the port on every node (empty: the swarm picks one); target: the container's">
        <RowList
          rows={form.ports}
          onChange={(ports) => set({ ports })}
          blank={(): PortRow => ({ target: "", published: "", protocol: "tcp", mode: "ingress" })}
          testId="port"
          addLabel="publish a port"
          render={(row, setRow) => (
            <>
              <input
                aria-label="Published port"
                data-testid="port-published"
                placeholder="published"
                value={row.published}
                onChange={(e) => setRow({ ...row, published: e.target.value })}
                className={`${INPUT} w-24`}
              />
              <span className="text-zinc-500">→</span>
              <input
                aria-label="Target port"
                data-testid="port-target"
                placeholder="target"
                value={row.target}
                onChange={(e) => setRow({ ...row, target: e.target.value })}
                className={`${INPUT} w-24`}
              />
              <select aria-label="Protocol" value={row.protocol} onChange={(e) => setRow({ ...row, protocol: e.target.value as typeof row.protocol })} className={INPUT}>
                <option value="tcp">tcp</option>
                <option value="udp">udp</option>
                <option value="sctp">sctp</option>
              </select>
              <select aria-label="Publish mode" value={row.mode} onChange={(e) => setRow({ ...row, mode: e.target.value as typeof row.mode })} className={INPUT}>
                <option value="ingress">ingress</option>
                <option value="host">host</option>
              </select>
            </>
          )}
        />
      </FormRow>
      <FormRow label="Networks" field="networks" error={errors.networks}>
        <NetworkPicker form={form} set={set} />
      </FormRow>
      <FormRow
        label="Placement constraints"
        field="constraints"
        error={errors.constraints}
        hint="attribute==value or attribute!=value, e.g. node.role==worker, node.labels.zone==east"
      >
        <RowList
          rows={form.constraints}
          onChange={(constraints) => set({ constraints })}
          blank={() => ""}
          testId="constraint"
          addLabel="add a constraint"
          render={(row, setRow) => (
            <input
              aria-label="Constraint"
              data-testid="field-constraint"
              placeholder="node.role==worker"
              value={row}
              spellCheck={false}
              onChange={(e) => setRow(e.target.value)}
              className={`${INPUT} flex-1 font-mono`}
            />
          )}
        />
      </FormRow>
      <FormRow label="Labels" field="labels" error={errors.labels}>
        <KeyValues rows={form.labels} onChange={(labels) => set({ labels })} testId="label" what="label" />
      </FormRow>
      <FormRow label="Volume mounts" field="mounts" error={errors.mounts} hint="named volumes (created on each node as needed)">
        <RowList
          rows={form.mounts}
          onChange={(mounts) => set({ mounts })}
          blank={() => ({ source: "", target: "", readOnly: false })}
          testId="mount"
          addLabel="mount a volume"
          render={(row, setRow) => (
            <>
              <input
                aria-label="Volume name"
                data-testid="mount-source"
                placeholder="volume"
                value={row.source}
                spellCheck={false}
                onChange={(e) => setRow({ ...row, source: e.target.value })}
                className={`${INPUT} w-36 font-mono`}
              />
              <span className="text-zinc-500">→</span>
              <input
                aria-label="Path in the container"
                data-testid="mount-target"
                placeholder="/data"
                value={row.target}
                spellCheck={false}
                onChange={(e) => setRow({ ...row, target: e.target.value })}
                className={`${INPUT} flex-1 font-mono`}
              />
              <label className="inline-flex items-center gap-1 text-xs text-zinc-300">
                <input type="checkbox" checked={row.readOnly} onChange={(e) => setRow({ ...row, readOnly: e.target.checked })} />
                read-only
              </label>
            </>
          )}
        />
      </FormRow>
    </>
  );
}
