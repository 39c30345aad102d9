"use client";
// The admin page's users: every user with their role (change it, remove them) and the add-user form; the first user ends local mode (sign in next).
import { Section } from "@/components/ui/Section";
import { useMe } from "@/components/nav/use-me";
import { loginHref, type Role } from "@/lib/session";
import { AddUserForm } from "./AddUserForm";
import { useGet } from "@/components/request/use-get";
import { UserRow } from "./UserRow";
import { DataTable } from "@/components/ui/DataTable";
import { Problem } from "@/components/ui/Problem";

export function UsersSection({ onChanged }: { onChanged: () => void }) {
  const me = useMe();
  const { data, error, reload } = useGet<{ users: { name: string; role: Role }[] }>("/api/v1/users");
  const changed = () => {
    reload();
    onChanged();
  };
  const users = data?.users ?? [];
  const first = data !== null && users.length === 0;
  return (
    <Section title="Users" testId="admin-users" aside={<span className="text-[11px] text-zinc-500">roles apply to the user&apos;s next request</span>}>
      <div className="space-y-3 text-xs">
        <Problem of={error} prefix="Could not read the users:" />
        {data && users.length === 0 && (
          <p className="text-zinc-400">
            No users yet: this server runs in local mode. The first user must be an admin, and adding it turns sign-in on for everyone (you sign in next).
          </p>
        )}
        {users.length > 0 && (
          <DataTable variant="plain" columns={["Name", "Role", { label: "Remove", hidden: true }]}>
            {users.map((u) => (
              <UserRow key={`${u.name}:${u.role}`} name={u.name} role={u.role} you={me?.mode === "auth" && me.user === u.name} onChanged={changed} />
            ))}
          </DataTable>
        )}
        <AddUserForm onAdded={first ? () => window.location.assign(loginHref("/admin")) : changed} />
      </div>
    </Section>
  );
}
