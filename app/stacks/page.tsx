// /stacks — every stack with its services, networks, secrets and configs, live; deploy, edit, remove.
import type { Metadata } from "next";
import { PageShell } from "@/components/nav/PageShell";
import { StacksList } from "@/components/stacks/StacksList";

export const metadata: Metadata = { title: "Stacks · Swarmscope" };

export default function StacksPage() {
  return (
    <PageShell title="Stacks">
      <StacksList />
    </PageShell>
  );
}
