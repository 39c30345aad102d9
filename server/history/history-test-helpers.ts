// For the history's tests and benchmark: feeds a hub from a simulated swarm the way the watcher's full sync does, and drives the swarm like an operator would.
import type { ClusterState, EngineLink } from "../../lib/model-types";
import type { SimulatedSwarm } from "../engine/simulated/swarm";
import { scaled, serviceNamed, setNode, update, withImage } from "../engine/simulated/sim-test-helpers";
import type { Hub } from "../hub/hub";
import type { SeededRandom } from "../engine/simulated/random";

export function liveLink(host: string, at: string): EngineLink {
  return {
    state: "live",
    host,
    message: null,
    hint: null,
    apiVersion: "1.41",
    engineVersion: "20.10.24",
    simulated: true,
    since: at,
    lastSyncAt: at,
    failover: null,
    readOnly: null,
  };
}

/** One read of everything, in the watcher's order; `seq` numbers the reads. */
export function feed(hub: Hub, sim: SimulatedSwarm, seq: { n: number }): void {
  hub.apply({ type: "swarm", seq: ++seq.n, swarm: sim.swarm() });
  hub.apply({ type: "list", kind: "nodes", seq: ++seq.n, items: sim.nodes() });
  hub.apply({ type: "list", kind: "networks", seq: ++seq.n, items: sim.networks() });
  hub.apply({ type: "list", kind: "secrets", seq: ++seq.n, items: sim.secrets() });
  hub.apply({ type: "list", kind: "configs", seq: ++seq.n, items: sim.configs() });
  hub.apply({ type: "list", kind: "services", seq: ++seq.n, items: sim.services() });
  hub.apply({ type: "list", kind: "tasks", seq: ++seq.n, items: sim.tasks() });
}

/** One operator step picked by the seeded random: scale, drain/activate a worker, roll the image, or nothing. */
export function operate(sim: SimulatedSwarm, rnd: SeededRandom, services: string[]): string {
  const pick = rnd.next();
  const name = services[Math.floor(rnd.next() * services.length)];
  try {
    if (pick < 0.3) {
      const n = 1 + Math.floor(rnd.next() * 5);
      update(sim, name, scaled(n));
      return `scale ${name} ${n}`;
    }
    if (pick < 0.45) {
      const worker = rnd.next() < 0.5 ? "worker1" : "worker2";
      const drain = sim.node(worker)?.Spec.Availability !== "drain";
      setNode(sim, worker, { Availability: drain ? "drain" : "active" });
      return `${drain ? "drain" : "activate"} ${worker}`;
    }
    if (pick < 0.55) {
      const image = serviceNamed(sim, name).Spec.TaskTemplate.ContainerSpec?.Image === "lab/busybox:1" ? "lab/busybox:2" : "lab/busybox:1";
      update(sim, name, withImage(image));
      return `update ${name} ${image}`;
    }
  } catch (err) {
    return `refused: ${(err as Error).message}`;
  }
  return "wait";
}

/**
 * A model of tasks t0…t(n−1) at versions 0…n−1 plus 20 tasks that never change (they keep the keyframe larger than a few
 * deltas, so no keyframe by size comes among them): model(v) after model(v − 1) is one task more.
 */
export function steadyModel(n: number): ClusterState {
  return {
    swarm: null,
    nodes: {},
    services: {},
    networks: {},
    secrets: {},
    configs: {},
    tasks: Object.fromEntries(
      Array.from({ length: n + 20 }, (_, j) => (j < n ? j : 1000 + j - n)).map((i) => [
        `t${i}`,
        { id: `t${i}`, version: i, serviceId: "s1", serviceName: "web", slot: i, state: "running", desiredState: "running", nodeId: null },
      ]),
    ),
  } as unknown as ClusterState;
}
