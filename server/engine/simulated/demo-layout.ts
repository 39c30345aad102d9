// The default demo swarm: the Docker swarm labs' layout (manager1..3, worker1..2) with a stack, a global service, a swarm-cronjob job and a crash-looper — or, sized, up to 1,000 nodes and 30,000 tasks.
import type { EngineEvent, EngineServiceSpec } from "../../../lib/engine-types";
import { EXIT_AFTER_LABEL, EXIT_CODE_LABEL } from "./container-exit";
import { DemoLife } from "./demo-life";
import { SimulatedSwarm } from "./swarm";

export interface DemoSwarmOptions {
  seed?: number;
  /** Nodes (default 5: 3 managers, 2 workers; from 100 nodes on, 5 managers). */
  nodes?: number;
  /** Tasks to reach in all (the demo's own services first, the rest in "load" stacks); default: just the demo's services. */
  tasks?: number;
  /** Logical start time (ms since the epoch); default the simulator's. */
  start?: number;
  /** Start DemoLife (the self-driven changes); default true. */
  life?: boolean;
  /** Hears every event from the first network on (so an engine's `--since` reaches back to the layout's creation). */
  onEvent?: (e: EngineEvent, at: number) => void;
}

export const STACK = "shop";
const S = 1e9;
const IMAGE = "lab/busybox:1";

/** A service as `docker stack deploy` writes it: namespaced name and labels, the stack network with the service's short name as alias. */
function stackService(
  stack: string,
  name: string,
  networkId: string,
  o: Partial<EngineServiceSpec> & { replicas?: number; labels?: Record<string, string> } = {},
): EngineServiceSpec {
  const { replicas, labels, ...rest } = o;
  const ns = { "com.docker.stack.namespace": stack };
  return {
    Name: `${stack}_${name}`,
    Labels: { ...ns, "com.docker.stack.image": IMAGE, ...labels },
    Mode: { Replicated: { Replicas: replicas ?? 1 } },
    ...rest,
    TaskTemplate: {
      ContainerSpec: { Image: IMAGE, Labels: ns, Args: ["sleep", "infinity"], StopGracePeriod: 1e9 },
      RestartPolicy: { Condition: "any", Delay: 5 * S, MaxAttempts: 0 },
      Placement: {},
      Networks: [{ Target: networkId, Aliases: [name] }],
      ...rest.TaskTemplate,
    },
    EndpointSpec: rest.EndpointSpec ?? { Mode: "vip" },
  };
}

function managersFor(nodes: number): number {
  if (nodes >= 100) return 5;
  return nodes >= 3 ? 3 : 1;
}

/** Builds the demo swarm, settles it (every task running), and starts its life. */
export function demoSwarm(o: DemoSwarmOptions = {}): SimulatedSwarm {
  const nodes = Math.max(1, o.nodes ?? 5);
  const swarm = new SimulatedSwarm({ seed: o.seed ?? 1, nodes, managers: managersFor(nodes), start: o.start, defaultNetwork: false });
  if (o.onEvent) {
    const hear = o.onEvent;
    swarm.onEvent((e) => hear(e, swarm.now));
  }
  const net = swarm.createNetwork({ Name: `${STACK}_default`, Driver: "overlay", Labels: { "com.docker.stack.namespace": STACK } }).Id;
  const secret = swarm.createSecret({
    Name: `${STACK}_db_password`,
    Data: Buffer.from("demo-only-not-a-secret").toString("base64"),
    Labels: { "com.docker.stack.namespace": STACK },
  });
  const web = stackService(STACK, "web", net, {
    replicas: 3,
    UpdateConfig: { Parallelism: 1, Delay: 5 * S, FailureAction: "pause", Monitor: 5 * S, MaxFailureRatio: 0, Order: "stop-first" },
    RollbackConfig: { Parallelism: 1, Delay: 0, FailureAction: "pause", Monitor: 5 * S, MaxFailureRatio: 0, Order: "stop-first" },
    EndpointSpec: { Mode: "vip", Ports: [{ Protocol: "tcp", TargetPort: 80, PublishedPort: 8080, PublishMode: "ingress" }] },
  });
  const api = stackService(STACK, "api", net, {
    replicas: 2,
    UpdateConfig: { Parallelism: 1, Delay: 5 * S, FailureAction: "rollback", Monitor: 5 * S, Order: "start-first" },
  });
  api.TaskTemplate.ContainerSpec!.Secrets = [{ SecretID: secret.ID, SecretName: `${STACK}_db_password`, File: { Name: "db_password", UID: "0", GID: "0", Mode: 0o444 } }];
  const db = stackService(STACK, "db", net, { replicas: 1, TaskTemplate: { Placement: { Constraints: ["node.role == worker"] } } });
  if (nodes < 3) db.TaskTemplate.Placement = {};
  for (const s of [web, api, db]) swarm.createService(s);
  swarm.createService({
    Name: "node-agent",
    Labels: {},
    Mode: { Global: {} },
    TaskTemplate: { ContainerSpec: { Image: IMAGE, Args: ["sleep", "infinity"], StopGracePeriod: 1e9 }, RestartPolicy: { Condition: "any", Delay: 5 * S } },
    EndpointSpec: { Mode: "vip" },
  });
  // swarm-cronjob's convention: replicas 0, restart none; swarm-cronjob (DemoLife here) sets replicas and bumps ForceUpdate on schedule.
  swarm.createService({
    Name: "report",
    Labels: { "swarm.cronjob.enable": "true", "swarm.cronjob.schedule": "* * * * *", "swarm.cronjob.skip-running": "false", [EXIT_AFTER_LABEL]: "8s", [EXIT_CODE_LABEL]: "0" },
    Mode: { Replicated: { Replicas: 0 } },
    TaskTemplate: { ContainerSpec: { Image: IMAGE, Args: ["sh", "-c", "echo report; sleep 8"], StopGracePeriod: 1e9 }, RestartPolicy: { Condition: "none" } },
    EndpointSpec: { Mode: "vip" },
  });
  // Crashes every 15 s or so (exit code 1) and is restarted by its restart policy after 5 s: with the cron job and the scaling, the board never stays still for 30 s.
  swarm.createService({
    Name: "flaky",
    Labels: { [EXIT_AFTER_LABEL]: "15s", [EXIT_CODE_LABEL]: "1" },
    Mode: { Replicated: { Replicas: 1 } },
    TaskTemplate: { ContainerSpec: { Image: IMAGE, Args: ["sh", "-c", "sleep 15; exit 1"], StopGracePeriod: 1e9 }, RestartPolicy: { Condition: "any", Delay: 5 * S } },
    EndpointSpec: { Mode: "vip" },
  });
  addLoad(swarm, (o.tasks ?? 0) - (3 + 2 + 1 + nodes + 1));
  swarm.settle(5_000);
  if (o.life !== false) new DemoLife(swarm, { seed: o.seed ?? 1 }).start();
  return swarm;
}

/** Replicated services of about 250 tasks each in stacks of ten services ("load0", "load1", …) on one /16 network per stack. */
function addLoad(swarm: SimulatedSwarm, tasks: number): void {
  if (tasks <= 0) return;
  const services = Math.ceil(tasks / 250);
  let network = "";
  for (let i = 0; i < services; i++) {
    const stack = `load${Math.floor(i / 10)}`;
    if (i % 10 === 0) {
      const x = Math.floor(i / 10);
      network = swarm.createNetwork({
        Name: `${stack}_default`,
        Driver: "overlay",
        Labels: { "com.docker.stack.namespace": stack },
        IPAM: { Config: [{ Subnet: `10.${100 + x}.0.0/16` }] },
      }).Id;
    }
    const replicas = Math.floor(tasks / services) + (i < tasks % services ? 1 : 0);
    swarm.createService(stackService(stack, `svc${i % 10}`, network, { replicas }));
  }
}
