// The narrator's table: change batches → sentences, for every kind of change, with grouping and removed services named by name.
import { describe, expect, it } from "vitest";
import { byId, manager, node, service, task } from "@/test/fixtures/views";
import { link } from "@/test/fixtures/engine";
import { network } from "@/test/fixtures/network-views";
import { applyChanges } from "../apply-changes";
import type { Change, ClusterState, NodeView, ServiceView, TaskView } from "../model-types";
import { EMPTY_MEMORY, narrate, type NarratorMemory } from "./narrate";

const NODES = [
  manager("m1", true, { hostname: "manager1" }),
  manager("m2", false, { hostname: "manager2" }),
  node({ id: "w1", hostname: "worker1" }),
  node({ id: "w2", hostname: "worker2" }),
];

function cluster(parts: Partial<ClusterState> = {}): ClusterState {
  return { nodes: byId(...NODES), services: {}, tasks: {}, networks: {}, secrets: {}, configs: {}, swarm: null, engine: link(), ...parts };
}

const up = (kind: "nodes" | "services" | "tasks" | "networks" | "secrets", value: NodeView | ServiceView | TaskView | ReturnType<typeof network>): Change =>
  ({ kind, op: "upsert", id: value.id, value }) as Change;
const rm = (kind: "nodes" | "services" | "tasks" | "networks" | "secrets", id: string): Change => ({ kind, op: "remove", id });

/** Runs the batches (one second apart) from `start`; the sentences, newest first. */
function tell(start: ClusterState, batches: Change[][]): { kind: string; text: string }[] {
  let state = start;
  let memory: NarratorMemory = EMPTY_MEMORY;
  batches.forEach((changes, i) => {
    const after = applyChanges(state, changes);
    memory = narrate(memory, state, changes, after, new Date(Date.UTC(2026, 0, 1, 10, 0, i)).toISOString());
    state = after;
  });
  return memory.items.map(({ kind, text }) => ({ kind, text }));
}

const web = service({ id: "s1", name: "web", replicas: 2, image: "lab/busybox:1", ports: [{ protocol: "tcp", target: 80, published: 8080, mode: "ingress" }] });
const sleep = service({ id: "s2", name: "sleep-app", replicas: 7, image: "lab/busybox:1" });
const sleepTasks = Array.from({ length: 7 }, (_, i) => task({ id: `t${i + 1}`, serviceId: "s2", slot: i + 1, nodeId: ["w1", "w2", "m1"][i % 3] }));

describe("narrate", () => {
  const table: { name: string; start: ClusterState; batches: Change[][]; says: { kind: string; text: string }[] }[] = [
    {
      name: "a service created, with replicas, image and port",
      start: cluster(),
      batches: [[up("services", web)]],
      says: [{ kind: "service-created", text: "web created: 2 replicas of lab/busybox:1, port 8080 → 80" }],
    },
    {
      name: "a global service created",
      start: cluster(),
      batches: [[up("services", service({ id: "g", name: "agent", mode: "global", replicas: null, image: "lab/busybox:1" }))]],
      says: [{ kind: "service-created", text: "agent created: one task of lab/busybox:1 on every node" }],
    },
    {
      name: "a scale of 7 → 4 is one sentence, however many tasks stop",
      start: cluster({ services: byId(sleep), tasks: byId(...sleepTasks) }),
      batches: [
        [up("services", { ...sleep, replicas: 4 }), ...sleepTasks.slice(4).map((t) => up("tasks", { ...t, desiredState: "shutdown" }))],
        sleepTasks.slice(4).map((t) => up("tasks", { ...t, state: "shutdown", desiredState: "shutdown" })),
      ],
      says: [{ kind: "service-scaled", text: "sleep-app scaled 7 → 4" }],
    },
    {
      name: "a removed service is named by its name, also for its leftover tasks' failures",
      start: cluster({ services: byId(web), tasks: byId(task({ id: "a", serviceId: "s1", slot: 1 })) }),
      batches: [[rm("services", "s1")], [up("tasks", task({ id: "a", serviceId: "s1", slot: 1, nodeId: "w1", state: "failed", error: "task: non-zero exit (137)" }))]],
      says: [
        { kind: "task-failed", text: "web.1 failed on worker1: task: non-zero exit (137)" },
        { kind: "service-removed", text: "web removed" },
      ],
    },
    {
      name: "a drain: said at once, completed with where the tasks landed",
      start: cluster({ services: byId(sleep), tasks: byId(...sleepTasks) }),
      batches: [
        [up("nodes", { ...NODES[3], availability: "drain" })],
        [up("tasks", { ...sleepTasks[1], desiredState: "shutdown" }), up("tasks", task({ id: "n2", serviceId: "s2", slot: 2, nodeId: "w1", state: "running" }))],
        [up("tasks", task({ id: "n5", serviceId: "s2", slot: 5, nodeId: "m2", state: "running" }))],
      ],
      says: [{ kind: "node-drained", text: "worker2 drained: 2 tasks moved to worker1 and manager2" }],
    },
    {
      name: "a drain of an empty node, then active again",
      start: cluster(),
      batches: [[up("nodes", { ...NODES[3], availability: "drain" })], [up("nodes", { ...NODES[3], availability: "active" })]],
      says: [
        { kind: "node-active", text: "worker2 active again" },
        { kind: "node-drained", text: "worker2 drained: no tasks to move" },
      ],
    },
    {
      name: "an update, followed task by task, then completed",
      start: cluster({ services: byId(sleep), tasks: byId(...sleepTasks.slice(0, 3)) }),
      batches: [
        [up("services", { ...sleep, replicas: 3, image: "lab/busybox:2", update: { state: "updating", message: null, startedAt: "2026-01-01T10:00:00Z", completedAt: null } })],
        [up("tasks", task({ id: "u1", serviceId: "s2", slot: 1, nodeId: "w1", image: "lab/busybox:2" }))],
        [up("tasks", task({ id: "u2", serviceId: "s2", slot: 2, nodeId: "w2", image: "lab/busybox:2" }))],
      ],
      says: [
        { kind: "service-updating", text: "sleep-app updating to lab/busybox:2 — 2 of 3 done" },
        { kind: "service-scaled", text: "sleep-app scaled 7 → 3" },
      ],
    },
    {
      name: "an update completed replaces its progress sentence",
      start: cluster({ services: byId({ ...sleep, image: "lab/busybox:2", update: { state: "updating", message: null, startedAt: "x", completedAt: null } }) }),
      batches: [[up("services", { ...sleep, image: "lab/busybox:2", update: { state: "completed", message: null, startedAt: "x", completedAt: "y" } })]],
      says: [{ kind: "service-updated", text: "sleep-app updated to lab/busybox:2" }],
    },
    {
      name: "failures of one service group into one sentence",
      start: cluster({ services: byId(sleep), tasks: byId(...sleepTasks) }),
      batches: [
        [up("tasks", { ...sleepTasks[0], state: "failed", error: "starting container failed: no such image" })],
        sleepTasks.slice(1, 5).map((t) => up("tasks", { ...t, state: "failed", error: "starting container failed: no such image" })),
      ],
      says: [{ kind: "task-failed", text: "5 tasks of sleep-app failed on worker1, worker2 and manager1: starting container failed: no such image" }],
    },
    {
      name: "a node down and back",
      start: cluster(),
      batches: [[up("nodes", { ...NODES[2], status: "down" })], [up("nodes", { ...NODES[2], status: "ready" })]],
      says: [
        { kind: "node-up", text: "worker1 is ready again" },
        { kind: "node-down", text: "worker1 is down" },
      ],
    },
    {
      name: "a leader change in one batch",
      start: cluster(),
      batches: [[up("nodes", manager("m1", false, { hostname: "manager1" })), up("nodes", manager("m2", true, { hostname: "manager2" }))]],
      says: [{ kind: "leader", text: "manager1 is no longer the leader; manager2 leads" }],
    },
    {
      name: "a leader change over two batches is one sentence",
      start: cluster(),
      batches: [[up("nodes", manager("m1", false, { hostname: "manager1" }))], [up("nodes", manager("m2", true, { hostname: "manager2" }))]],
      says: [{ kind: "leader", text: "manager1 is no longer the leader; manager2 leads" }],
    },
    {
      name: "a stack deployed over several batches is one sentence with counts",
      start: cluster(),
      batches: [
        [up("networks", network({ id: "net", name: "shop_default", stack: "shop" }))],
        [up("secrets", { id: "sec", version: 1, name: "shop_db", labels: {}, stack: "shop", driver: null, createdAt: "", updatedAt: "" } as never)],
        [up("services", service({ id: "a", name: "shop_web", stack: "shop" }))],
        [up("services", service({ id: "b", name: "shop_db", stack: "shop" }))],
      ],
      says: [{ kind: "stack-deployed", text: "stack shop deployed: 2 services, 1 network, 1 secret" }],
    },
    {
      name: "a stack removed",
      start: cluster({ services: byId(service({ id: "a", name: "shop_web", stack: "shop" })), networks: byId(network({ id: "net", name: "shop_default", stack: "shop" })) }),
      batches: [[rm("services", "a")], [rm("networks", "net")]],
      says: [{ kind: "stack-removed", text: "stack shop removed: 1 service, 1 network" }],
    },
    {
      name: "a node joins and leaves",
      start: cluster(),
      batches: [[up("nodes", node({ id: "w3", hostname: "worker3" }))], [rm("nodes", "w3")]],
      says: [
        { kind: "node-left", text: "worker3 left the swarm" },
        { kind: "node-joined", text: "worker3 joined the swarm as a worker" },
      ],
    },
  ];

  for (const row of table) {
    it(row.name, () => {
      expect(tell(row.start, row.batches)).toEqual(row.says);
    });
  }

  it("says nothing for batches that change nothing it narrates (task progress, engine link)", () => {
    const start = cluster({ services: byId(sleep), tasks: byId(...sleepTasks) });
    expect(tell(start, [[up("tasks", { ...sleepTasks[0], state: "running", version: 9 })], [{ kind: "engine", op: "upsert", value: link() }]])).toEqual([]);
  });

  it("keeps at most 40 sentences, newest first", () => {
    const batches = Array.from({ length: 45 }, (_, i) => [up("services", service({ id: `s${i}`, name: `svc${i}`, replicas: 1, image: "lab/busybox:1" }))]);
    const said = tell(cluster(), batches);
    expect(said).toHaveLength(40);
    expect(said[0].text).toMatch(/^svc44 created/);
  });
});
