"use client";
// Add a user: name, role and an initial password (POST /api/v1/users); the server's refusal is shown next to the form.
import { type FormEvent, useState } from "react";
import { INPUT, PRIMARY_BUTTON } from "@/components/ui/styles";
import type { Role } from "@/lib/session";
import { request } from "@/components/request/request";
import { ROLE_CHOICES } from "./RoleSelect";
import { Problem } from "@/components/ui/Problem";
import { Choice } from "@/components/ui/Choice";

export function AddUserForm({ onAdded }: { onAdded: (name: string) => void }) {
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const r = await request<{ ok: true }>("POST", "/api/v1/users", { name: name.trim(), role, password });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setName("");
    setPassword("");
    onAdded(name.trim());
  };
  return (
    <form onSubmit={submit} aria-label="Add a user" className="flex flex-wrap items-end gap-2 border-t border-zinc-800 pt-3 text-xs text-zinc-300">
      <label className="flex flex-col gap-1">
        User name
        <input value={name} onChange={(e) => setName(e.target.value)} required autoComplete="off" spellCheck={false} className={`${INPUT} w-40 font-mono`} />
      </label>
      <label className="flex flex-col gap-1">
        Role
        <Choice value={role} choices={ROLE_CHOICES} onChange={(r) => setRole(r as Role)} className={INPUT} />
      </label>
      <label className="flex flex-col gap-1">
        Password (at least 8 characters)
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={8} autoComplete="new-password" className={`${INPUT} w-48`} />
      </label>
      <button type="submit" disabled={busy || !name.trim() || password.length < 8} className={PRIMARY_BUTTON}>
        {busy ? "Adding…" : "Add user"}
      </button>
      <Problem of={error} prefix="Not added:" className="w-full" />
    </form>
  );
}
