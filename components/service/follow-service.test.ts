// Unit tests of following a service after an action: waiting for the change, the stable clock, rolling updates and images.
import { describe, expect, it } from "vitest";
import { byId, node, service, task } from "@/test/fixtures/views";
import { followRemoval, followService, imageCounts, nextSteadySince } from "./follow-service";

const nodes = byId(node({ id: "n1", hostname: "worker1" }));
const web = service({ id: "s1", name: "web", replicas: 2, version: 10, image: "lab/busybox:2" });
const running = (slot: number, image = "lab/busybox:2") => task({ id: `t${slot}-${image}`, serviceId: "s1", slot, image });

describe("followService", () => {
  it("waits until the model shows a version newer than the one the action was sent at", () => {
    const tasks = byId(running(1), running(2));
    expect(followService(web, tasks, nodes, 10, null).phase).toBe("waiting");
    expect(followService({ ...web, version: 11 }, tasks, nodes, 10, null).phase).toBe("verifying");
  });

  it("waits for a new service to appear, and says gone when a followed one disappears", () => {
    expect(followService(undefined, {}, nodes, null, null).phase).toBe("waiting");
    expect(followService(undefined, {}, nodes, 3, null).phase).toBe("gone");
  });

  it("is converged once steady for the monitor period", () => {
    const tasks = byId(running(1), running(2));
    const f = followService(web, tasks, nodes, 9, 1);
    expect(f).toMatchObject({ phase: "verifying", steady: true });
    expect(followService(web, tasks, nodes, 9, 5).phase).toBe("converged");
  });

  it("is not steady while the engine still reports the rolling update as under way", () => {
    const updating = { ...web, update: { state: "updating" as const, message: null, startedAt: null, completedAt: null } };
    const f = followService(updating, byId(running(1), running(2)), nodes, 9, 60);
    expect(f).toMatchObject({ phase: "verifying", steady: false });
  });

  it("converges short of the replicas: converging while tasks are missing", () => {
    const f = followService({ ...web, replicas: 5 }, byId(running(1), running(2)), nodes, 9, null);
    expect(f.phase).toBe("converging");
    expect(f.progress?.line).toBe("overall progress: 2 out of 5 tasks");
  });
});

describe("imageCounts", () => {
  it("counts old and new image tasks, the current image first", () => {
    const f = followService(web, byId(running(1, "lab/busybox:1"), running(2)), nodes, 9, null);
    expect(imageCounts(f.progress!, "lab/busybox:2")).toEqual([
      { image: "lab/busybox:2", tasks: 1, current: true },
      { image: "lab/busybox:1", tasks: 1, current: false },
    ]);
  });
});

describe("nextSteadySince", () => {
  it("starts, keeps and clears the clock", () => {
    expect(nextSteadySince(null, true, 100)).toBe(100);
    expect(nextSteadySince(100, true, 200)).toBe(100);
    expect(nextSteadySince(100, false, 300)).toBeNull();
  });
});

describe("followRemoval", () => {
  it("is done once the service is gone and none of its tasks is up", () => {
    const stopping = byId(task({ id: "a", serviceId: "s1", state: "running", desiredState: "remove" }));
    expect(followRemoval("s1", byId(web), stopping)).toEqual({ listed: true, remaining: 1, done: false });
    expect(followRemoval("s1", {}, stopping)).toEqual({ listed: false, remaining: 1, done: false });
    expect(followRemoval("s1", {}, byId(task({ id: "a", serviceId: "s1", state: "shutdown" })))).toEqual({ listed: false, remaining: 0, done: true });
  });
});
