// /services/:id — a service's spec, tasks (docker service ps) and live logs; :id is an ID, a name or a unique ID prefix.
import type { Metadata } from "next";
import { decodeParam } from "@/lib/resolve-ref";
import { ServiceDetailView } from "@/components/service/ServiceDetailView";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${decodeParam((await params).id)} · Service · Swarmscope` };
}

export default async function ServicePage({ params }: Props) {
  return <ServiceDetailView reference={decodeParam((await params).id)} />;
}
