// /swarm — the swarm's settings (docker info's Swarm section), its nodes and services.
import type { Metadata } from "next";
import { SwarmDetailView } from "@/components/swarm/SwarmDetailView";

export const metadata: Metadata = { title: "Swarm · Swarmscope" };

export default function SwarmPage() {
  return <SwarmDetailView />;
}
