"use client";
// A user's role as a select in the users table: changing it sends PUT /api/v1/users/:name at once (the server refuses demoting the last admin).
import { INPUT } from "@/components/ui/styles";
import type { Role } from "@/lib/session";

export const ROLE_CHOICES: readonly Role[] = ["viewer", "operator", "admin"];

export function RoleSelect({ user, role, busy, onChange }: { user: string; role: Role; busy: boolean; onChange: (role: Role) => void }) {
  return (
    <select aria-label={`Role of ${user}`} value={role} disabled={busy} onChange={(e) => onChange(e.target.value as Role)} className={INPUT}>
      {ROLE_CHOICES.map((r) => (
        <option key={r} value={r}>
          {r}
        </option>
      ))}
    </select>
  );
}
