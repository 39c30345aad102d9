// /configs — every config (docker config ls) with the services using it; create from text or a file, remove.
import type { Metadata } from "next";
import { DataPage } from "@/components/data/DataPage";
import { PageShell } from "@/components/nav/PageShell";

export const metadata: Metadata = { title: "Configs · Swarmscope" };

export default function ConfigsPage() {
  return (
    <PageShell title="Configs">
      <DataPage kind="config" />
    </PageShell>
  );
}
