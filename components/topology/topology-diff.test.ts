// Unit tests of the layout's update in place: kept positions, seeded newcomers, and when to reheat.
import { describe, expect, it } from "vitest";
import { homeOf, jitter, reconcileGraph, type SimNode } from "./topology-diff";
import type { TopoGraph, TopoNode } from "./topology-graph";

const size = { width: 1000, height: 600 };
const base = { title: "", serviceName: null, state: null, manager: false, down: false, ingress: false, anchor: null };
const n = (key: string, kind: TopoNode["kind"], rank: number, patch: Partial<TopoNode> = {}): TopoNode => ({
  ...base,
  key,
  kind,
  id: key.split(":")[1],
  label: key,
  rank,
  ...patch,
});

const graph1: TopoGraph = {
  nodes: [n("node:a", "node", 0), n("node:b", "node", 1), n("network:x", "network", 0), n("task:1", "task", 0, { anchor: "node:a", state: "running" })],
  links: [
    { key: "task:1>node:a", kind: "runs-on", source: "task:1", target: "node:a", addresses: [] },
    { key: "task:1>network:x", kind: "attached", source: "task:1", target: "network:x", addresses: [] },
  ],
};

describe("reconcileGraph", () => {
  it("starts nodes and networks at home, in their rows", () => {
    const first = reconcileGraph(new Map(), [], graph1, size);
    expect(first.added).toEqual(["node:a", "node:b", "network:x", "task:1"]);
    expect(first.structureChanged).toBe(true);
    const a = first.nodes[0];
    expect(homeOf(a, 2, size)).toEqual({ x: 250, y: 78 });
    expect(Math.abs(a.x! - 250)).toBeLessThanOrEqual(4);
    expect(Math.abs(first.nodes[2].y! - 522)).toBeLessThanOrEqual(4);
  });

  it("keeps the same objects and positions for what stays, and only looks change without a reheat", () => {
    const first = reconcileGraph(new Map(), [], graph1, size);
    const map = new Map<string, SimNode>(first.nodes.map((s) => [s.key, s]));
    map.get("node:a")!.x = 123;
    map.get("task:1")!.y = 321;
    const again: TopoGraph = { nodes: graph1.nodes.map((x) => (x.key === "task:1" ? { ...x, state: "failed" } : { ...x })), links: graph1.links.map((l) => ({ ...l })) };
    const second = reconcileGraph(map, first.links, again, size);
    expect(second.structureChanged).toBe(false);
    expect(second.added).toEqual([]);
    expect(second.removed).toEqual([]);
    expect(second.nodes[0]).toBe(map.get("node:a"));
    expect(second.nodes[0].x).toBe(123);
    expect(second.nodes[3]).toBe(map.get("task:1"));
    expect(second.nodes[3]).toMatchObject({ y: 321, state: "failed" });
  });

  it("seeds a new task beside its node, reports what left, and reheats when edges change", () => {
    const first = reconcileGraph(new Map(), [], graph1, size);
    const map = new Map<string, SimNode>(first.nodes.map((s) => [s.key, s]));
    Object.assign(map.get("node:b")!, { x: 700, y: 80 });
    const next: TopoGraph = {
      nodes: [graph1.nodes[0], graph1.nodes[1], graph1.nodes[2], n("task:2", "task", 0, { anchor: "node:b" })],
      links: [{ key: "task:2>node:b", kind: "runs-on", source: "task:2", target: "node:b", addresses: [] }],
    };
    const change = reconcileGraph(map, first.links, next, size);
    expect(change.added).toEqual(["task:2"]);
    expect(change.removed).toEqual(["task:1"]);
    expect(change.structureChanged).toBe(true);
    const t2 = change.nodes[3];
    const { dx, dy } = jitter("task:2", 24);
    expect(t2.x).toBeCloseTo(700 + dx);
    expect(t2.y).toBeCloseTo(80 + 600 * 0.18 + dy);

    const onlyEdges = reconcileGraph(new Map(change.nodes.map((s) => [s.key, s])), change.links, { nodes: next.nodes, links: [] }, size);
    expect(onlyEdges.added).toEqual([]);
    expect(onlyEdges.structureChanged).toBe(true);
  });

  it("jitters deterministically, within the spread", () => {
    expect(jitter("task:abc", 10)).toEqual(jitter("task:abc", 10));
    const { dx, dy } = jitter("task:abc", 10);
    expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(10.0001);
  });
});
