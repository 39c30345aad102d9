"use client";
// The create-service form: every field the API takes, the `docker service create` command live as you type, then the answer and live progress.
import Link from "next/link";
import { type FormEvent, useMemo, useState } from "react";
import { ActionFeedback } from "@/components/operations/ActionFeedback";
import { failureField } from "@/components/operations/api";
import { CliBox } from "@/components/ui/CliBox";
import { createServiceRequest } from "@/components/operations/requests";
import { PRIMARY_BUTTON } from "@/components/ui/styles";
import { useActionRun } from "@/components/operations/use-action-run";
import { BasicFields } from "./BasicFields";
import { buildCreateBody, type CreateForm, EMPTY_FORM, fieldSection, type FormField } from "./form-model";
import { ListFields } from "./ListFields";
import { PolicyFields } from "./PolicyFields";

/** Local problems shown while typing; "required" waits for the first try to send. */
const QUIET_UNTIL_SUBMIT = new Set(["required"]);

export function CreateServiceForm() {
  const [form, setForm] = useState<CreateForm>(EMPTY_FORM);
  const [tried, setTried] = useState(false);
  const [sentForm, setSentForm] = useState<CreateForm | null>(null);
  const { run, start } = useActionRun();
  const built = useMemo(() => buildCreateBody(form), [form]);
  const request = createServiceRequest(built.body);

  const errors: Partial<Record<FormField, string>> = {};
  for (const [field, error] of Object.entries(built.errors) as [FormField, string][]) {
    if (tried || !QUIET_UNTIL_SUBMIT.has(error)) errors[field] = error;
  }
  // The server's refusal names a field: shown there until the form is changed.
  const answer = run?.answer ?? null;
  const section = fieldSection(failureField(answer));
  if (answer && "error" in answer && section && sentForm === form) errors[section] = answer.error;

  const set = (patch: Partial<CreateForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(built.errors).length > 0) return;
    setSentForm(form);
    start(request);
  };
  const created = answer?.ok ? answer.target : null;

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]">
      <form data-testid="create-form" onSubmit={submit} noValidate className="space-y-3 rounded-lg border border-zinc-800 bg-zinc-900/40 p-4">
        <BasicFields form={form} set={set} errors={errors} />
        <ListFields form={form} set={set} errors={errors} />
        <PolicyFields form={form} set={set} errors={errors} />
        <div className="flex items-center gap-3 border-t border-zinc-800 pt-3">
          <button type="submit" data-testid="create-submit" disabled={run !== null && run.answer === null} className={`${PRIMARY_BUTTON} px-4 py-1.5 text-sm`}>
            Create service
          </button>
          {tried && Object.keys(built.errors).length > 0 && <span className="text-xs text-red-300">Fix the fields marked above first.</span>}
        </div>
      </form>
      <aside className="space-y-3 lg:sticky lg:top-3 lg:self-start">
        <CliBox cli={request.cli} testId="cli-preview" caption="docker service create, as typed" />
        {run && <ActionFeedback key={run.id} run={run} />}
        {created && (
          <p className="flex gap-3 text-xs">
            <Link href={`/services/${encodeURIComponent(created.id)}`} data-testid="created-service-link" className="text-sky-300 hover:underline">
              Open {created.name}
            </Link>
            <Link href={`/?service=${encodeURIComponent(created.name)}`} className="text-sky-300 hover:underline">
              See it on the visualizer
            </Link>
          </p>
        )}
      </aside>
    </div>
  );
}
