// Unit tests of convergence progress: counts, slot lines, rolling updates, stuck and converged.
import { describe, expect, it } from "vitest";
import { node, service, task } from "@/test/fixtures/views";
import { serviceProgress } from "./service-progress";

const nodes = { n1: node({ id: "n1", hostname: "worker1" }), n2: node({ id: "n2", hostname: "worker2" }) };
const web = service({ id: "s1", name: "web", replicas: 3, image: "lab/busybox:2" });

describe("serviceProgress", () => {
  it("counts running slots and prints the CLI's overall line", () => {
    const p = serviceProgress(
      web,
      [
        task({ id: "a", serviceId: "s1", slot: 1, state: "running", image: "lab/busybox:2" }),
        task({ id: "b", serviceId: "s1", slot: 2, state: "starting", image: "lab/busybox:2", nodeId: "n2" }),
        task({ id: "c", serviceId: "s1", slot: 3, state: "pending", image: "lab/busybox:2", nodeId: null }),
      ],
      nodes,
      null,
    );
    expect(p.line).toBe("overall progress: 1 out of 3 tasks");
    expect(p.slots.map((s) => [s.label, s.state, s.nodeName])).toEqual([
      ["web.1", "running", "worker1"],
      ["web.2", "starting", "worker2"],
      ["web.3", "pending", null],
    ]);
    expect(p.phase).toBe("converging");
  });

  it("verifies for the monitor period, then says converged", () => {
    const tasks = [1, 2, 3].map((s) => task({ id: `t${s}`, serviceId: "s1", slot: s, image: "lab/busybox:2" }));
    expect(serviceProgress(web, tasks, nodes, 1).phase).toBe("verifying");
    expect(serviceProgress(web, tasks, nodes, 5).phase).toBe("converged");
  });

  it("tells old-image tasks from new ones during a rolling update", () => {
    const tasks = [
      task({ id: "new1", serviceId: "s1", slot: 1, image: "lab/busybox:2" }),
      task({ id: "old2", serviceId: "s1", slot: 2, image: "lab/busybox:1" }),
      task({ id: "old3", serviceId: "s1", slot: 3, image: "lab/busybox:1" }),
    ];
    const p = serviceProgress({ ...web, update: { state: "updating", message: "update in progress", startedAt: null, completedAt: null } }, tasks, nodes, null);
    expect(p).toMatchObject({ running: 1, updated: 1, outdated: 2, phase: "converging" });
    expect(p.slots.filter((s) => s.outdated).map((s) => s.label)).toEqual(["web.2", "web.3"]);
  });

  it("is stuck when every missing task has an error, and names it", () => {
    const err = "no suitable node (scheduling constraints not satisfied on 5 nodes)";
    const tasks = [1, 2, 3].map((s) => task({ id: `p${s}`, serviceId: "s1", slot: s, state: "pending", nodeId: null, error: err, image: "lab/busybox:2" }));
    const p = serviceProgress(web, tasks, nodes, null);
    expect(p.phase).toBe("stuck");
    expect(p.problems).toEqual([1, 2, 3].map((s) => ({ label: `web.${s}`, error: err })));
  });

  it("uses the newest task of a slot and ignores slots being removed", () => {
    const tasks = [
      task({ id: "old", serviceId: "s1", slot: 1, state: "failed", desiredState: "shutdown", error: "exit 1", createdAt: "2024-01-01T00:00:00Z", image: "lab/busybox:2" }),
      task({ id: "new", serviceId: "s1", slot: 1, state: "starting", createdAt: "2024-01-01T00:01:00Z", image: "lab/busybox:2" }),
      task({ id: "gone", serviceId: "s1", slot: 9, state: "running", desiredState: "remove", image: "lab/busybox:2" }),
    ];
    const p = serviceProgress({ ...web, replicas: 1 }, tasks, nodes, null);
    expect(p.slots.map((s) => s.taskId)).toEqual(["new"]);
    expect(p.problems).toEqual([{ label: "web.1", error: "exit 1" }]);
  });

  it("says paused when the rolling update paused", () => {
    const p = serviceProgress({ ...web, update: { state: "paused", message: "update paused due to failure", startedAt: null, completedAt: null } }, [], nodes, null);
    expect(p.phase).toBe("paused");
  });
});
