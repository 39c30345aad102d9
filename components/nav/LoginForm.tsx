"use client";
// The sign-in form: POST /api/v1/login, then back to the page that asked (a path on this server only).
import { type FormEvent, useState } from "react";
import { request } from "@/components/request/request";
import { safeNext } from "@/lib/session";
import { Problem } from "@/components/ui/Problem";

export function LoginForm() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const answer = await request("POST", "/api/v1/login", { username: form.get("username"), password: form.get("password") });
    setBusy(false);
    if (answer.ok) return window.location.assign(safeNext(new URLSearchParams(window.location.search).get("next")));
    setError(answer.error);
  };
  return (
    <form onSubmit={submit} data-testid="login-form" className="flex w-72 flex-col gap-3 rounded-lg border border-zinc-800 bg-zinc-900 p-5 text-sm">
      <h1 className="text-base font-semibold">Sign in to Swarmscope</h1>
      <label className="flex flex-col gap-1">
        User name
        <input name="username" autoComplete="username" required className="rounded border border-zinc-700 bg-zinc-950 px-2 py-1" />
      </label>
      <label className="flex flex-col gap-1">
        Password
        <input name="password" type="password" autoComplete="current-password" required className="rounded border border-zinc-700 bg-zinc-950 px-2 py-1" />
      </label>
      <Problem of={error} />
      <button type="submit" disabled={busy} className="rounded bg-zinc-100 px-3 py-1.5 font-semibold text-zinc-900 disabled:opacity-50">
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
