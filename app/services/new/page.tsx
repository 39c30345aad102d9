// /services/new — create a service from a form (docker service create), then follow it until it converges; operators and admins only.
import type { Metadata } from "next";
import { CreateServiceForm } from "@/components/service/create/CreateServiceForm";
import { NeedsRole } from "@/components/nav/NeedsRole";
import { PageShell } from "@/components/nav/PageShell";

export const metadata: Metadata = { title: "New service · Swarmscope" };

export default function NewServicePage() {
  return (
    <PageShell title="New service" showTitle>
      <div className="px-3 pb-8">
        <NeedsRole control="createService" what="Creating a service">
          <CreateServiceForm />
        </NeedsRole>
      </div>
    </PageShell>
  );
}
