// Unit tests: task names and problem text on cards.
import { describe, expect, it } from "vitest";
import { TASK_STATES } from "@/lib/engine-types";
import { isStopping, serviceNameOf, taskName, taskProblem } from "./task-display";
import { service, task } from "@/test/fixtures/views";

describe("taskName", () => {
  it("is service.slot for replicated tasks", () => {
    expect(taskName(task({ id: "t", serviceId: "s", slot: 3 }), "web")).toBe("web.3");
  });
  it("is service.<short node id> for global tasks, or the task id without a node", () => {
    expect(taskName(task({ id: "t", serviceId: "s", slot: null, nodeId: "zic5ijmfgipwo7" }), "agent")).toBe("agent.zic5ij");
    expect(taskName(task({ id: "abcdefghij", serviceId: "s", slot: null, nodeId: null }), "agent")).toBe("agent.abcdef");
  });
  it("names a service the model lost without printing undefined", () => {
    const t = task({ id: "t", serviceId: "s1234567890abc" });
    expect(serviceNameOf(undefined, t)).toBe("service s123456789");
    expect(serviceNameOf(service({ id: "s", name: "web" }), t)).toBe("web");
  });
});

describe("taskProblem", () => {
  it("shows error, else message, on failed and rejected tasks only (among the others)", () => {
    expect(taskProblem(task({ id: "t", serviceId: "s", state: "failed", error: "exit 3", message: "started" }))).toBe("exit 3");
    expect(taskProblem(task({ id: "t", serviceId: "s", state: "rejected", error: null, message: "no such image" }))).toBe("no such image");
    expect(taskProblem(task({ id: "t", serviceId: "s", state: "failed", error: " ", message: null }))).toBe("no reason given");
    expect(taskProblem(task({ id: "t", serviceId: "s", state: "running", error: "old" }))).toBeNull();
    expect(taskProblem(task({ id: "t", serviceId: "s", state: "shutdown", message: "shutdown" }))).toBeNull();
  });
  it("explains a task stuck before placement", () => {
    expect(taskProblem(task({ id: "t", serviceId: "s", state: "pending", error: "no suitable node" }))).toBe("no suitable node");
    expect(taskProblem(task({ id: "t", serviceId: "s", state: "pending", error: null }))).toBeNull();
  });
  it("handles every engine state without throwing", () => {
    for (const state of TASK_STATES) expect(() => taskProblem(task({ id: "t", serviceId: "s", state }))).not.toThrow();
  });
});

describe("isStopping", () => {
  it("is a task still up whose desired state is terminal", () => {
    expect(isStopping(task({ id: "t", serviceId: "s", state: "running", desiredState: "shutdown" }))).toBe(true);
    expect(isStopping(task({ id: "t", serviceId: "s", state: "running", desiredState: "running" }))).toBe(false);
    expect(isStopping(task({ id: "t", serviceId: "s", state: "shutdown", desiredState: "shutdown" }))).toBe(false);
  });
});
