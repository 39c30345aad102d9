// /containers: container network facts (mode, addresses, DNS, hosts, links) on the nodes Swarmscope can inspect.
import type { Metadata } from "next";
import { ContainersView } from "@/components/container/ContainersView";

export const metadata: Metadata = { title: "Containers · Swarmscope" };

export default function ContainersPage() {
  return (
    <main>
      <ContainersView />
    </main>
  );
}
