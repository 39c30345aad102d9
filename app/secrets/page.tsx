// /secrets — every secret (docker secret ls) with the services using it; create from text or a file, remove.
import type { Metadata } from "next";
import { SwarmDataPage } from "@/components/swarm-data/SwarmDataPage";
import { PageShell } from "@/components/nav/PageShell";

export const metadata: Metadata = { title: "Secrets · Swarmscope" };

export default function SecretsPage() {
  return (
    <PageShell title="Secrets">
      <SwarmDataPage kind="secret" />
    </PageShell>
  );
}
