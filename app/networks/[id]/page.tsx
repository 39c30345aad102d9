// /networks/:id — one network, live; :id is an ID, a name or a unique ID prefix.
import type { Metadata } from "next";
import { decodeParam } from "@/lib/resolve-ref";
import { NetworkDetailView } from "@/components/network/NetworkDetailView";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${decodeParam((await params).id)} · Network · Swarmscope` };
}

export default async function NetworkPage({ params }: Props) {
  return (
    <main>
      <NetworkDetailView reference={decodeParam((await params).id)} />
    </main>
  );
}
