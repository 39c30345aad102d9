// The Docker swarm lab's steps (init → create → scale → drain → update → rm) with the CLI command for each, ticked off from the narrator's sentences; pure.
import type { NarrationItem, NarrationKind } from "./narrate";

export type LabStepId = "init" | "create" | "scale" | "drain" | "update" | "rm";

export interface LabStep {
  id: LabStepId;
  title: string;
  command: string;
  done: boolean;
}

/** What the guide knows of the swarm: whether there is one, a worker to drain, the image to update to. */
export interface LabSwarm {
  swarm: boolean;
  worker: string | null;
}

/** The lab's own service name until the room creates one of its own. */
export const LAB_SERVICE = "sleep-app";
const IMAGE = "lab/busybox:1";
const NEXT_IMAGE = "lab/busybox:2";

/** Which sentence ticks a step off. */
const TICKED_BY: Record<Exclude<LabStepId, "init">, NarrationKind[]> = {
  create: ["service-created"],
  scale: ["service-scaled"],
  drain: ["node-drained"],
  update: ["service-updating", "service-updated"],
  rm: ["service-removed"],
};

/** The steps with commands naming the service the room created (the oldest "created" sentence) and a worker of this swarm. */
export function labGuide(items: NarrationItem[], swarm: LabSwarm): LabStep[] {
  const oldestFirst = [...items].reverse();
  const created = oldestFirst.find((i) => i.kind === "service-created");
  const service = created?.subject ?? LAB_SERVICE;
  const worker = swarm.worker ?? "worker2";
  // Only sentences about the lab's service (or, for drain, any node) count, and only once it was created.
  const after = created ? oldestFirst.slice(oldestFirst.indexOf(created)) : [];
  const ticked = (kinds: NarrationKind[], any = false) => after.some((i) => kinds.includes(i.kind) && (any || i.subject === service));
  return [
    { id: "init", title: "Create the swarm", command: "docker swarm init --advertise-addr <manager IP>", done: swarm.swarm },
    { id: "create", title: "Create a service", command: `docker service create --name ${service} ${IMAGE} sleep infinity`, done: created !== undefined },
    { id: "scale", title: "Scale it", command: `docker service update --replicas 7 ${service}`, done: ticked(TICKED_BY.scale) },
    { id: "drain", title: "Drain a node", command: `docker node update --availability drain ${worker}`, done: ticked(TICKED_BY.drain, true) },
    { id: "update", title: "Roll an update", command: `docker service update --image ${NEXT_IMAGE} ${service}`, done: ticked(TICKED_BY.update) },
    { id: "rm", title: "Remove it", command: `docker service rm ${service}`, done: ticked(TICKED_BY.rm) },
  ];
}
