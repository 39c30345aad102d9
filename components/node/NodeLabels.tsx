"use client";
// A node's labels in its actions panel: each with a remove button, and a key/value row to add one (docker node update --label-add/--label-rm).
import { useState } from "react";
import type { NodeView } from "@/lib/model-types";
import { ActionSection } from "../operations/ActionSection";
import { type ActionRequest, nodeLabelsRequest } from "../operations/requests";
import { PRIMARY_BUTTON } from "@/components/ui/styles";
import { type KeyValue, KeyValueInputs } from "@/components/ui/KeyValueInputs";

export function NodeLabels({ node, send }: { node: NodeView; send: (request: ActionRequest) => void }) {
  const [pair, setPair] = useState<KeyValue>({ key: "", value: "" });
  const k = pair.key.trim();
  const add = nodeLabelsRequest(node, { [k]: pair.value }, []);
  const labels = Object.entries(node.labels).sort(([a], [b]) => a.localeCompare(b));
  return (
    <ActionSection title="Labels" testId="labels-section" cli={k ? add.cli : null}>
      {labels.length === 0 && <span className="text-xs text-zinc-500">No labels.</span>}
      {labels.map(([name, v]) => (
        <span
          key={name}
          data-testid="node-label"
          data-key={name}
          className="inline-flex items-center gap-1 rounded border border-zinc-700 bg-zinc-800 py-0.5 pl-1.5 pr-0.5 font-mono text-[11px] text-zinc-200"
        >
          {name}={v}
          <button
            type="button"
            data-testid="remove-label"
            aria-label={`Remove label ${name}`}
            title={nodeLabelsRequest(node, {}, [name]).cli}
            onClick={() => send(nodeLabelsRequest(node, {}, [name]))}
            className="rounded px-1 text-zinc-400 hover:bg-zinc-700 hover:text-zinc-50"
          >
            ✕
          </button>
        </span>
      ))}
      <form
        className="flex w-full gap-1.5"
        onSubmit={(e) => {
          e.preventDefault();
          if (!k) return;
          send(add);
          setPair({ key: "", value: "" });
        }}
      >
        <KeyValueInputs
          row={pair}
          onChange={setPair}
          keyBox={{ label: "Label key", testId: "label-key", placeholder: "key (e.g. zone)", width: "w-1/3" }}
          valueBox={{ label: "Label value", testId: "label-value", placeholder: "value", width: "flex-1" }}
          type="text"
        />
        <button type="submit" data-testid="add-label" disabled={!k} className={PRIMARY_BUTTON}>
          Add
        </button>
      </form>
    </ActionSection>
  );
}
