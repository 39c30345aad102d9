// /admin — users and their roles, read-only share links, the audit log; admins only (others read which role it needs).
import type { Metadata } from "next";
import { AdminView } from "@/components/admin/AdminView";
import { NeedsRole } from "@/components/nav/NeedsRole";
import { PageShell } from "@/components/nav/PageShell";

export const metadata: Metadata = { title: "Admin · Swarmscope" };

export default function AdminPage() {
  return (
    <PageShell title="Admin" showTitle withoutEngine="users, share links and the audit log work as usual; nothing on the swarm changes.">
      <NeedsRole control="admin" what="The admin page">
        <AdminView />
      </NeedsRole>
    </PageShell>
  );
}
