"use client";
// Create an overlay or bridge network: checked as you type (name, CIDR, gateway, range, overlap), the docker command shown live, then the server's answer.
import { useEffect, useMemo, useState } from "react";
import type { NetworkView } from "@/lib/model-types";
import { ActionFeedback } from "@/components/operations/ActionFeedback";
import { failureField } from "@/components/operations/api";
import { useActionRun } from "@/components/operations/use-action-run";
import { checkNetworkForm, EMPTY_NETWORK_FORM, type FormField, formFieldOf, type NetworkFormValues } from "./network-form";
import { FormRow } from "@/components/ui/FormRow";
import { createNetworkRequest } from "./network-requests";

interface Props {
  networks: NetworkView[];
}

const INPUT = "w-full rounded-md border border-zinc-700 bg-zinc-900 px-2 py-1 font-mono text-xs text-zinc-100 placeholder:text-zinc-600 focus:border-sky-500 focus:outline-none";

export function CreateNetworkForm({ networks }: Props) {
  const [values, setValues] = useState<NetworkFormValues>(EMPTY_NETWORK_FORM);
  const [attempted, setAttempted] = useState(false);
  const { run, start } = useActionRun();
  /** The form as it was sent, to tell whether a field the server refused has been changed since. */
  const [sent, setSent] = useState<NetworkFormValues | null>(null);
  const check = useMemo(() => checkNetworkForm(values, networks), [values, networks]);
  const overlay = values.driver === "overlay";

  const set = <K extends FormField>(field: K, value: NetworkFormValues[K]) => setValues((v) => ({ ...v, [field]: value }));
  /** A field's problem: the browser's own check once the field has something in it (or after a submit), else the server's while the value is unchanged. */
  const problemOf = (field: FormField): string | null => {
    const own = check.problems[field];
    if (own && (attempted || values[field] !== EMPTY_NETWORK_FORM[field])) return own;
    const answer = run?.answer ?? null;
    if (sent && answer && !answer.ok && "error" in answer && formFieldOf(failureField(answer)) === field && sent[field] === values[field]) return answer.error;
    return null;
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(check.problems).length > 0) return;
    setSent(values);
    start(createNetworkRequest(check.body));
  };
  const sending = run !== null && run.answer === null;
  const created = run?.answer?.ok === true;

  // Once the engine has the network, the form starts over (the answer and its command stay on show).
  useEffect(() => {
    if (!created) return;
    setValues(EMPTY_NETWORK_FORM);
    setAttempted(false);
    setSent(null);
  }, [created, run?.id]);

  const text = (field: "name" | "subnet" | "gateway" | "ipRange", label: string, placeholder: string, hint?: string) => (
    <FormRow field={field} label={label} error={problemOf(field)} hint={hint} htmlFor={`network-form-${field}`} layout="above">
      <input
        id={`network-form-${field}`}
        data-testid={`network-form-${field}`}
        className={INPUT}
        value={values[field]}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={problemOf(field) ? true : undefined}
        onChange={(e) => set(field, e.target.value)}
      />
    </FormRow>
  );
  const toggle = (field: "attachable" | "internal" | "encrypted", label: string, hint: string, disabled = false) => (
    <label className={`flex items-start gap-2 text-xs ${disabled ? "opacity-40" : ""}`} title={hint}>
      <input
        type="checkbox"
        data-testid={`network-form-${field}`}
        className="mt-0.5 accent-sky-500"
        checked={values[field] && !disabled}
        disabled={disabled}
        onChange={(e) => set(field, e.target.checked)}
      />
      <span>
        <span className="font-semibold text-zinc-200">{label}</span> <span className="text-zinc-500">{hint}</span>
      </span>
    </label>
  );

  return (
    <form data-testid="create-network-form" onSubmit={submit} noValidate className="space-y-3 rounded-lg border border-zinc-800 bg-zinc-900/40 p-3">
      <div className="grid gap-3 md:grid-cols-2">
        <div className="space-y-2">
          {text("name", "Name", "e.g. collabnet")}
          <fieldset className="flex items-center gap-4 text-xs">
            <legend className="sr-only">Driver</legend>
            {(["overlay", "bridge"] as const).map((driver) => (
              <label key={driver} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="driver"
                  data-testid={`network-form-driver-${driver}`}
                  className="accent-sky-500"
                  checked={values.driver === driver}
                  onChange={() => set("driver", driver)}
                />
                <span className="font-semibold text-zinc-200">{driver}</span>
                <span className="text-zinc-500">{driver === "overlay" ? "swarm-wide, spans nodes" : "local to the manager's engine"}</span>
              </label>
            ))}
          </fieldset>
          {toggle("attachable", "Attachable", "standalone containers may join (--attachable)", !overlay)}
          {toggle("internal", "Internal", "no route to the outside (--internal)")}
          {toggle("encrypted", "Encrypted", "IPsec between nodes (--opt encrypted)", !overlay)}
        </div>
        <div className="space-y-2">
          {text("subnet", "Subnet", "e.g. 10.250.9.0/24", "optional; outside the swarm's address pool, overlapping no network")}
          <div className="grid grid-cols-2 gap-2">
            {text("gateway", "Gateway", "e.g. 10.250.9.1")}
            {text("ipRange", "IP range", "e.g. 10.250.9.128/25")}
          </div>
          <FormRow field="labels" label="Labels" error={problemOf("labels")} hint="one key=value per line" htmlFor="network-form-labels" layout="above">
            <textarea
              id="network-form-labels"
              data-testid="network-form-labels"
              className={`${INPUT} h-14 resize-y`}
              value={values.labels}
              placeholder="e.g. team=blue"
              spellCheck={false}
              onChange={(e) => set("labels", e.target.value)}
            />
          </FormRow>
        </div>
      </div>
      <div>
        <p className="text-[11px] text-zinc-400">docker CLI (as you type)</p>
        <pre data-testid="cli-preview" className="whitespace-pre-wrap break-all rounded bg-zinc-950/70 px-2 py-1 font-mono text-xs text-emerald-200">
          {check.cli}
        </pre>
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          data-testid="network-form-submit"
          disabled={sending}
          className="rounded-md bg-sky-600 px-3 py-1 text-xs font-semibold text-white hover:bg-sky-500 disabled:opacity-50"
        >
          Create network
        </button>
        {attempted && Object.keys(check.problems).length > 0 && (
          <span data-testid="form-blocked" className="text-xs text-red-300">
            Fix the marked fields first: nothing was sent.
          </span>
        )}
      </div>
      {run && <ActionFeedback run={run} />}
    </form>
  );
}
