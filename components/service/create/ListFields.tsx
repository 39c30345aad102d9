"use client";
// The create form's lists: env, published ports, networks (from the swarm), placement constraints, labels and named-volume mounts.
import { useClusterStore } from "@/components/store/cluster-store";
import { INPUT } from "@/components/ui/styles";
import type { FieldsProps } from "./field-props";
import type { CreateForm, KeyValueRow, PortRow } from "./form-model";
import { FormRow } from "@/components/ui/FormRow";
import { RowList } from "./RowList";
import { TextBox } from "@/components/ui/TextBox";
import { Choice } from "@/components/ui/Choice";
import { KeyValueInputs } from "@/components/ui/KeyValueInputs";

const PROTOCOLS = ["tcp", "udp", "sctp"] as const;
const PUBLISH_MODES = ["ingress", "host"] as const;

/** The environment or the labels: a form row of key=value rows. */
function KeyValuesRow({ field, label, testId, what, form, set, errors }: FieldsProps & { field: "env" | "labels"; label: string; testId: string; what: string }) {
  return (
    <FormRow label={label} field={field} error={errors[field]}>
      <RowList
        rows={form[field]}
        onChange={(rows: KeyValueRow[]) => set({ [field]: rows })}
        blank={() => ({ key: "", value: "" })}
        testId={testId}
        addLabel={`add ${what}`}
        render={(row, setRow) => (
          <KeyValueInputs
            row={row}
            onChange={setRow}
            keyBox={{ label: `${what} name`, testId: `${testId}-key`, placeholder: "NAME", width: "w-40" }}
            valueBox={{ label: `${what} value`, testId: `${testId}-value`, placeholder: "value", width: "flex-1" }}
            separator="="
          />
        )}
      />
    </FormRow>
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

type ListField = "ports" | "constraints" | "mounts";

/** A text box's value and changes, bound to one text field of a row. */
function bind<R, K extends keyof R & string>(row: R, setRow: (row: R) => void, key: K) {
  return { value: String(row[key]), onChange: (value: string) => setRow({ ...row, [key]: value }) };
}

export function ListFields({ form, set, errors }: FieldsProps) {
  /** A RowList's rows and changes, bound to one of the form's lists. */
  const list = <K extends ListField>(field: K) => ({ rows: form[field], onChange: (rows: CreateForm[K]) => set({ [field]: rows }) });
  return (
    <>
      <KeyValuesRow field="env" label="Environment" testId="env" what="variable" form={form} set={set} errors={errors} />
      <FormRow label="Published ports" field="ports" error={errors.ports} hint="published: the port on every node (empty: the swarm picks one); target: the container's">
        <RowList
          {...list("ports")}
          blank={(): PortRow => ({ target: "", published: "", protocol: "tcp", mode: "ingress" })}
          testId="port"
          addLabel="publish a port"
          render={(row, setRow) => (
            <>
              <TextBox label="Published port" testId="port-published" placeholder="published" width="w-24" {...bind(row, setRow, "published")} />
              <span className="text-zinc-500">→</span>
              <TextBox label="Target port" testId="port-target" placeholder="target" width="w-24" {...bind(row, setRow, "target")} />
              <Choice label="Protocol" value={row.protocol} choices={PROTOCOLS} onChange={(v) => setRow({ ...row, protocol: v as PortRow["protocol"] })} className={INPUT} />
              <Choice label="Publish mode" value={row.mode} choices={PUBLISH_MODES} onChange={(v) => setRow({ ...row, mode: v as PortRow["mode"] })} className={INPUT} />
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
          {...list("constraints")}
          blank={() => ""}
          testId="constraint"
          addLabel="add a constraint"
          render={(row, setRow) => <TextBox label="Constraint" testId="field-constraint" placeholder="node.role==worker" value={row} onChange={setRow} width="flex-1" code />}
        />
      </FormRow>
      <KeyValuesRow field="labels" label="Labels" testId="label" what="label" form={form} set={set} errors={errors} />
      <FormRow label="Volume mounts" field="mounts" error={errors.mounts} hint="named volumes (created on each node as needed)">
        <RowList
          {...list("mounts")}
          blank={() => ({ source: "", target: "", readOnly: false })}
          testId="mount"
          addLabel="mount a volume"
          render={(row, setRow) => (
            <>
              <TextBox label="Volume name" testId="mount-source" placeholder="volume" width="w-36" code {...bind(row, setRow, "source")} />
              <span className="text-zinc-500">→</span>
              <TextBox label="Path in the container" testId="mount-target" placeholder="/data" width="flex-1" code {...bind(row, setRow, "target")} />
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
