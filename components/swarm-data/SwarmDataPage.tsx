"use client";
// The secrets or configs page: live list with labels, stack and the services using each; create from text or a file; remove after typing the name
// (create and remove only for sessions allowed them).
import { useState } from "react";
import { BUTTON, INPUT, PRIMARY_BUTTON } from "@/components/ui/styles";
import { CliBox } from "@/components/operations/CliBox";
import { useCan } from "@/components/nav/use-me";
import { reportOf, request } from "@/components/request/request";
import { useClusterStore } from "@/components/store/cluster-store";
import { Confirm } from "@/components/ui/Confirm";
import type { ActionFailure, ActionReport } from "@/lib/action-types";
import type { SecretView } from "@/lib/model-types";
import { dataUsers } from "@/lib/stacks";
import { formatDateTime } from "@/components/ui/time-format";
import { readFileBase64 } from "./file-read";
import { parseLabelLines } from "./labels-text";
import { DataTable } from "@/components/ui/DataTable";

type Kind = "secret" | "config";
type Answer = ActionReport | ActionFailure;

async function send(method: "POST" | "DELETE", path: string, body: unknown): Promise<Answer> {
  return reportOf<Answer, ActionFailure>(await request<Answer>(method, path, body));
}

function AnswerLine({ answer }: { answer: Answer | null }) {
  if (!answer) return null;
  return (
    <div data-testid="data-answer" data-ok={String(answer.ok)} className="space-y-1 text-xs">
      <p role="status" className={answer.ok ? "text-emerald-300" : "text-red-300"}>
        {answer.ok ? `✔ ${answer.message}` : `✘ ${"error" in answer ? answer.error : answer.message}`}
      </p>
      {answer.cli && <CliBox cli={answer.cli} compact />}
    </div>
  );
}

function CreateForm({ kind }: { kind: Kind }) {
  const [name, setName] = useState("");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [labels, setLabels] = useState("");
  const [answer, setAnswer] = useState<Answer | null>(null);
  // A secret's value is masked as it is typed (a projector shows the screen), until asked for.
  const [revealed, setRevealed] = useState(false);
  const masked = kind === "secret" && !revealed;
  const parsed = parseLabelLines(labels);
  return (
    <form
      data-testid="data-create"
      className="space-y-2 rounded-lg border border-zinc-800 p-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const value = file ? { data: await readFileBase64(file), encoding: "base64" } : { data: text, encoding: "utf8" };
        const r = await send("POST", `/api/v1/${kind}s`, { name, ...value, labels: parsed.labels });
        setAnswer(r);
        if (r.ok) {
          setText("");
          setFile(null);
        }
      }}
    >
      <h2 className="text-sm font-semibold text-zinc-100">New {kind}</h2>
      <label className="block text-xs text-zinc-300">
        Name <input aria-label={`${kind} name`} className={`${INPUT} ml-1 w-64 font-mono`} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="block text-xs text-zinc-300">
        Value {kind === "secret" ? "(written once to the engine, never shown again)" : ""}
        {kind === "secret" && (
          <button type="button" data-testid="reveal-secret" aria-pressed={revealed} onClick={() => setRevealed((r) => !r)} className={`${BUTTON} ml-2`}>
            {revealed ? "Hide" : "Show"}
          </button>
        )}
        <textarea
          aria-label={`${kind} value`}
          data-masked={String(masked)}
          className={`${INPUT} mt-1 block w-full font-mono ${masked ? "[-webkit-text-security:disc]" : ""}`}
          rows={3}
          disabled={file !== null}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <label className="block text-xs text-zinc-400">
        …or from a file (up to 500 KB): <input type="file" className="text-xs" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <label className="block text-xs text-zinc-300">
        Labels, one key=value per line
        <textarea aria-label="labels" className={`${INPUT} mt-1 block w-full font-mono`} rows={2} value={labels} onChange={(e) => setLabels(e.target.value)} />
      </label>
      {parsed.error && <p className="text-xs text-red-300">{parsed.error}</p>}
      <button type="submit" className={PRIMARY_BUTTON} disabled={!name || parsed.error !== null || (!text && !file)}>
        Create {kind}
      </button>
      <AnswerLine answer={answer} />
    </form>
  );
}

function RemoveButton({ kind, item }: { kind: Kind; item: SecretView }) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  return (
    <Confirm
      opener="Remove…"
      typeName={item.name}
      inputTestId="confirm-data-remove-input"
      confirmTestId="remove-data"
      answer={<AnswerLine answer={answer} />}
      onConfirm={async (typed) => setAnswer(await send("DELETE", `/api/v1/${kind}s/${encodeURIComponent(item.id)}`, { confirm: typed }))}
    />
  );
}

export function SwarmDataPage({ kind }: { kind: Kind }) {
  const { model } = useClusterStore();
  const items = model ? Object.values(model.cluster[`${kind}s`]).sort((a, b) => a.name.localeCompare(b.name)) : [];
  const canEdit = useCan("swarmData");
  return (
    <div className={`grid items-start gap-4 px-3 pb-8 ${canEdit ? "lg:grid-cols-[2fr_1fr]" : ""}`}>
      <DataTable variant="plain" frameClassName="" columns={["Name", "Stack", "Labels", "Used by", "Created", { label: "Remove", hidden: true }]}>
        {items.length === 0 && (
          <tr>
            <td colSpan={6} className="py-2 text-zinc-400">
              No {kind}s yet.
            </td>
          </tr>
        )}
        {items.map((item) => {
          const users = model ? dataUsers(model.cluster.services, `${kind}s`, item.id) : [];
          return (
            <tr key={item.id} data-testid="data-row" data-name={item.name} className="border-t border-zinc-800 align-top">
              <td className="py-1 pr-2 font-mono text-zinc-100">{item.name}</td>
              {item.redacted ? (
                <td colSpan={2} data-testid="data-withheld" className="py-1 pr-2 text-zinc-500">
                  hidden from viewers
                </td>
              ) : (
                <>
                  <td className="py-1 pr-2 font-mono text-zinc-300">{item.stack ?? ""}</td>
                  <td className="py-1 pr-2 font-mono text-zinc-400">
                    {Object.entries(item.labels)
                      .filter(([k]) => !k.startsWith("com.docker.stack."))
                      .map(([k, v]) => `${k}=${v}`)
                      .join(", ")}
                  </td>
                </>
              )}
              <td data-testid="data-users" className="py-1 pr-2 font-mono text-zinc-300">
                {users.join(", ") || <span className="text-zinc-500">none</span>}
              </td>
              <td className="py-1 pr-2 text-zinc-400">{item.redacted ? "" : formatDateTime(item.createdAt)}</td>
              <td className="py-1">{canEdit && <RemoveButton kind={kind} item={item} />}</td>
            </tr>
          );
        })}
      </DataTable>
      {canEdit && <CreateForm kind={kind} />}
    </div>
  );
}
