// /nodes/:id — what docker node inspect --pretty shows, and the node's tasks (docker node ps); :id is an ID, a hostname or an ID prefix.
import type { Metadata } from "next";
import { decodeParam } from "@/lib/resolve-ref";
import { NodeDetailView } from "@/components/node/NodeDetailView";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${decodeParam((await params).id)} · Node · Swarmscope` };
}

export default async function NodePage({ params }: Props) {
  return <NodeDetailView reference={decodeParam((await params).id)} />;
}
