// The timeline's narrated entries name what they are about: a drain names the services that had tasks on the node, in every revision.
import { describe, expect, it } from "vitest";
import { byId, manager, node, service, task } from "@/test/fixtures/views";
import { link } from "@/test/fixtures/engine";
import { applyChanges } from "../../lib/apply-changes";
import type { Change, ClusterState, NodeView, TaskView } from "../../lib/model-types";
import { type NarratedEntry, NarrationLog } from "./narration-log";

const NODES = [manager("m1", true, { hostname: "manager1" }), node({ id: "w1", hostname: "worker1" }), node({ id: "w2", hostname: "worker2" })];
const web = service({ id: "s1", name: "web", replicas: 2, image: "lab/busybox:1" });
const other = service({ id: "s2", name: "other", replicas: 1, image: "lab/busybox:1" });
const t1 = task({ id: "t1", serviceId: "s1", slot: 1, nodeId: "w2", state: "running" });
const t2 = task({ id: "t2", serviceId: "s1", slot: 2, nodeId: "w1", state: "running" });
const t3 = task({ id: "t3", serviceId: "s2", slot: 1, nodeId: "w1", state: "running" });

const up = (kind: "nodes" | "tasks", value: NodeView | TaskView): Change => ({ kind, op: "upsert", id: value.id, value }) as Change;

/** Runs the batches through one log; every entry it wrote, in order. */
function run(batches: Change[][]): NarratedEntry[] {
  let state: ClusterState = { nodes: byId(...NODES), services: byId(web, other), tasks: byId(t1, t2, t3), networks: {}, secrets: {}, configs: {}, swarm: null, engine: link() };
  const log = new NarrationLog("r1");
  const out: NarratedEntry[] = [];
  batches.forEach((changes, i) => {
    const after = applyChanges(state, changes);
    const at = Date.UTC(2026, 0, 1, 10, 0, i);
    out.push(...log.next({ before: state, after, changes, at, atIso: new Date(at).toISOString() }));
    state = after;
  });
  return out;
}

describe("a drain's timeline entry", () => {
  it("names the services that had tasks on the node from its first batch (the node's change alone) to its last, and not the others", () => {
    const entries = run([
      [up("nodes", { ...NODES[2], availability: "drain" })],
      [up("tasks", { ...t1, desiredState: "shutdown" }), up("tasks", task({ id: "n1", serviceId: "s1", slot: 1, nodeId: "w1", state: "running" }))],
    ]).filter((e) => e.kind === "node-drained");
    expect(entries.map((e) => e.sentence)).toEqual(["worker2 drained: moving 1 task (0 moved)", "worker2 drained: 1 task moved to worker1"]);
    for (const e of entries) expect(e.objects.services).toEqual(["web"]);
    expect(entries[1].objects.nodes).toEqual(expect.arrayContaining(["worker2", "worker1"]));
    expect(entries[1].objects.tasks).toEqual(expect.arrayContaining(["t1", "n1"]));
  });
});
