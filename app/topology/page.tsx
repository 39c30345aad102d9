// /topology: nodes, overlay networks and tasks as a live force graph.
import type { Metadata } from "next";
import { TopologyView } from "@/components/topology/TopologyView";

export const metadata: Metadata = { title: "Topology · Swarmscope" };

export default function TopologyPage() {
  return (
    <main>
      <TopologyView />
    </main>
  );
}
