// /configs — every config (docker config ls) with the services using it; create from text or a file, remove.
import type { Metadata } from "next";
import { SwarmDataPage } from "@/components/swarm-data/SwarmDataPage";
import { PageShell } from "@/components/nav/PageShell";

export const metadata: Metadata = { title: "Configs · Swarmscope" };

export default function ConfigsPage() {
  return (
    <PageShell title="Configs">
      <SwarmDataPage kind="config" />
    </PageShell>
  );
}
