// /networks: every network, the create form, and the published ports (routing mesh included).
import type { Metadata } from "next";
import { NetworksView } from "@/components/network/NetworksView";

export const metadata: Metadata = { title: "Networks · Swarmscope" };

export default function NetworksPage() {
  return (
    <main>
      <NetworksView />
    </main>
  );
}
