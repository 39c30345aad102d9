"use client";
// One user in the users table: name, role (change it), remove after typing the name; the server's answer to either shows in the row.
import { useState } from "react";
import { Confirm } from "@/components/ui/Confirm";
import type { Role } from "@/lib/session";
import { request } from "@/components/request/request";
import { RoleSelect } from "./RoleSelect";
import { Problem } from "@/components/ui/Problem";

interface Props {
  name: string;
  role: Role;
  /** The signed-in admin's own row. */
  you: boolean;
  /** Called after a change the server accepted (reload the table and the audit log). */
  onChanged: () => void;
}

export function UserRow({ name, role, you, onChanged }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const path = `/api/v1/users/${encodeURIComponent(name)}`;
  const run = async (method: "PUT" | "DELETE", body?: unknown) => {
    setBusy(true);
    const r = await request(method, path, body);
    setBusy(false);
    setError(r.ok ? null : r.error);
    if (r.ok) onChanged();
  };
  return (
    <tr data-testid="user-row" data-user={name} className="border-t border-zinc-800 align-top">
      <td className="py-1.5 pr-3 font-mono text-zinc-100">
        {name}
        {you && <span className="ml-1 font-sans text-zinc-500">(you)</span>}
      </td>
      <td className="py-1.5 pr-3">
        <RoleSelect user={name} role={role} busy={busy} onChange={(r) => void run("PUT", { role: r })} />
      </td>
      <td className="py-1.5">
        <Confirm opener="Remove…" typeName={name} inputTestId="confirm-user-remove-input" confirmTestId="remove-user" busy={busy} onConfirm={() => void run("DELETE")} />
        <Problem of={error} className="mt-1" />
      </td>
    </tr>
  );
}
