// Helpers the simulated swarm's unit tests share: find things by name, write specs the way the docker CLI does.
import type { EngineNode, EngineService, EngineServiceSpec, EngineTask } from "../../../lib/engine-types";
import type { SimulatedSwarm } from "./swarm";

export const wanted = (t: EngineTask) => t.DesiredState === "running" || t.DesiredState === "ready" || t.DesiredState === "complete";
export const running = (tasks: EngineTask[]) => tasks.filter((t) => wanted(t) && t.Status.State === "running");

export function serviceNamed(swarm: SimulatedSwarm, name: string): EngineService {
  const s = swarm.service(name);
  if (!s) throw new Error(`no service ${name}`);
  return s;
}

export function tasksOf(swarm: SimulatedSwarm, name: string): EngineTask[] {
  const id = serviceNamed(swarm, name).ID;
  return swarm.tasks().filter((t) => t.ServiceID === id);
}

export function hostOf(swarm: SimulatedSwarm, t: EngineTask): string {
  return swarm.node(t.NodeID ?? "")?.Description?.Hostname ?? "";
}

export function nodeNamed(swarm: SimulatedSwarm, hostname: string): EngineNode {
  const n = swarm.node(hostname);
  if (!n) throw new Error(`no node ${hostname}`);
  return n;
}

/** `docker service create --name NAME [opts] lab/busybox:1` as a spec. */
export function spec(name: string, o: Partial<EngineServiceSpec> & { replicas?: number; image?: string; labels?: Record<string, string> } = {}): EngineServiceSpec {
  const { replicas, image, labels, ...rest } = o;
  return {
    Name: name,
    Labels: labels ?? {},
    Mode: { Replicated: { Replicas: replicas ?? 1 } },
    ...rest,
    TaskTemplate: { ContainerSpec: { Image: image ?? "lab/busybox:1" }, ...rest.TaskTemplate },
  };
}

/** `docker service update` with a spec change. */
export function update(swarm: SimulatedSwarm, name: string, change: (s: EngineServiceSpec) => EngineServiceSpec, rollback = false): void {
  const s = serviceNamed(swarm, name);
  swarm.updateService(s.ID, s.Version.Index, change(structuredClone(s.Spec)), rollback ? { rollback: "previous" } : {});
}

export const withImage = (image: string) => (s: EngineServiceSpec) => ({
  ...s,
  TaskTemplate: { ...s.TaskTemplate, ContainerSpec: { ...s.TaskTemplate.ContainerSpec, Image: image } },
});
export const scaled = (replicas: number) => (s: EngineServiceSpec) => ({ ...s, Mode: { Replicated: { Replicas: replicas } } });

export function setNode(swarm: SimulatedSwarm, hostname: string, change: Partial<EngineNode["Spec"]>): void {
  const n = nodeNamed(swarm, hostname);
  swarm.updateNode(n.ID, n.Version.Index, { ...n.Spec, ...change });
}

export const perNode = (swarm: SimulatedSwarm, tasks: EngineTask[]) => {
  const out: Record<string, number> = {};
  for (const t of tasks) out[hostOf(swarm, t)] = (out[hostOf(swarm, t)] ?? 0) + 1;
  return out;
};
