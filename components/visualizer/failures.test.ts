// Unit tests: which past failures the board shows without "Show stopped tasks", and the legend's reason.
import { describe, expect, it } from "vitest";
import type { ServiceView, TaskView } from "@/lib/model-types";
import { byId, service, task } from "@/test/fixtures/views";
import { findFailures, isBelowDesired } from "./failures";
import { selectTasks } from "./task-selection";
import { NO_FILTER } from "./view-filter";

const at = (minute: number) => `2024-01-01T00:${String(minute).padStart(2, "0")}:00Z`;
const rejected = (id: string, serviceId: string, minute: number, extra: Partial<TaskView> = {}) =>
  task({ id, serviceId, state: "rejected", desiredState: "shutdown", error: `No such image (${id})`, createdAt: at(minute), ...extra });
const failed = (id: string, serviceId: string, minute: number, extra: Partial<TaskView> = {}) =>
  task({ id, serviceId, state: "failed", desiredState: "shutdown", error: `exit 1 (${id})`, createdAt: at(minute), ...extra });

interface Case {
  name: string;
  services: ServiceView[];
  tasks: TaskView[];
  /** Past failures shown by default. */
  shown: string[];
  problems: Record<string, string>;
}

const CASES: Case[] = [
  {
    name: "a healthy service shows none of its stopped tasks",
    services: [service({ id: "s", name: "web", running: 2, desired: 2 })],
    tasks: [failed("old", "s", 1), task({ id: "r1", serviceId: "s", slot: 1, createdAt: at(2) }), task({ id: "r2", serviceId: "s", slot: 2 })],
    shown: [],
    problems: {},
  },
  {
    name: "a service below desired shows the newest failed/rejected task of each slot, one per slot",
    services: [service({ id: "s", name: "bad", running: 0, desired: 2, replicas: 2 })],
    tasks: [
      rejected("a1", "s", 1, { slot: 1 }),
      rejected("a3", "s", 3, { slot: 1, nodeId: null }),
      failed("a2", "s", 2, { slot: 1 }),
      rejected("b1", "s", 1, { slot: 2 }),
      task({ id: "b-next", serviceId: "s", slot: 2, state: "pending", createdAt: at(4) }),
    ],
    shown: ["a3", "b1"],
    problems: { s: "No such image (a3)" },
  },
  {
    name: "a slot that is up again shows nothing, while another failing slot still does",
    services: [service({ id: "s", name: "half", running: 1, desired: 2, replicas: 2 })],
    tasks: [failed("a1", "s", 1, { slot: 1 }), task({ id: "a-up", serviceId: "s", slot: 1, createdAt: at(2) }), failed("b1", "s", 3, { slot: 2 })],
    shown: ["b1"],
    problems: { s: "exit 1 (b1)" },
  },
  {
    name: "once it recovers (running = desired) the failures go away",
    services: [service({ id: "s", name: "ok-now", running: 1, desired: 1 })],
    tasks: [rejected("a1", "s", 1), task({ id: "a-up", serviceId: "s", createdAt: at(2) })],
    shown: [],
    problems: {},
  },
  {
    name: "a global service: one per node, nodes with a running task show nothing",
    services: [service({ id: "g", name: "agent", mode: "global", replicas: null, running: 1, desired: 3 })],
    tasks: [
      failed("n1-old", "g", 1, { slot: null, nodeId: "n1" }),
      failed("n1-new", "g", 5, { slot: null, nodeId: "n1" }),
      rejected("n2-x", "g", 2, { slot: null, nodeId: "n2" }),
      failed("n3-old", "g", 1, { slot: null, nodeId: "n3" }),
      task({ id: "n3-up", serviceId: "g", slot: null, nodeId: "n3", createdAt: at(2) }),
    ],
    shown: ["n1-new", "n2-x"],
    problems: { g: "exit 1 (n1-new)" },
  },
  {
    name: "a job that completed is no failure, even after a failed attempt",
    services: [service({ id: "j", name: "batch", mode: "replicated-job", replicas: null, running: 0, desired: 1, completed: 1 })],
    tasks: [failed("try1", "j", 1), task({ id: "done", serviceId: "j", state: "complete", desiredState: "shutdown", createdAt: at(2) })],
    shown: [],
    problems: {},
  },
  {
    name: "a completed job the engine wants nothing more of shows nothing",
    services: [service({ id: "j", name: "batch", mode: "replicated-job", replicas: null, running: 0, desired: 0, completed: 1 })],
    tasks: [failed("try1", "j", 1)],
    shown: [],
    problems: {},
  },
  {
    name: "a task stuck before running (no suitable node) gives the reason, no card is added",
    services: [service({ id: "s", name: "stuck", running: 0, desired: 1 })],
    tasks: [task({ id: "p", serviceId: "s", nodeId: null, state: "pending", error: "no suitable node (1 node not available)" })],
    shown: [],
    problems: { s: "no suitable node (1 node not available)" },
  },
  {
    name: "a failure's reason wins over a stuck task's",
    services: [service({ id: "s", name: "both", running: 0, desired: 2, replicas: 2 })],
    tasks: [rejected("r", "s", 1, { slot: 1 }), task({ id: "p", serviceId: "s", slot: 2, nodeId: null, state: "pending", error: "no suitable node", createdAt: at(9) })],
    shown: ["r"],
    problems: { s: "No such image (r)" },
  },
  {
    name: "tasks of a service the model does not know are left alone",
    services: [],
    tasks: [rejected("x", "s-gone", 1)],
    shown: [],
    problems: {},
  },
];

describe("findFailures", () => {
  it.each(CASES)("$name", ({ services, tasks, shown, problems }) => {
    const found = findFailures({ services: byId(...services), tasks: byId(...tasks) });
    expect([...found.taskIds].sort()).toEqual([...shown].sort());
    expect(Object.fromEntries(found.problems)).toEqual(problems);
  });

  it("the board shows them without history, next to the current tasks, and history still shows everything", () => {
    for (const { services, tasks, shown } of CASES) {
      const cluster = { services: byId(...services), tasks: byId(...tasks) };
      const current = tasks.filter((t) => !["failed", "rejected", "complete", "shutdown"].includes(t.state)).map((t) => t.id);
      expect(
        selectTasks(cluster, NO_FILTER)
          .map((t) => t.id)
          .sort(),
      ).toEqual([...current, ...shown].sort());
      expect(selectTasks(cluster, { ...NO_FILTER, history: true })).toHaveLength(tasks.length);
    }
  });
});

describe("isBelowDesired", () => {
  it("needs a wanted count above the running one", () => {
    expect(isBelowDesired({ running: 0, desired: 1 })).toBe(true);
    expect(isBelowDesired({ running: null, desired: 1 })).toBe(true);
    expect(isBelowDesired({ running: 1, desired: 1 })).toBe(false);
    expect(isBelowDesired({ running: 0, desired: 0 })).toBe(false);
    expect(isBelowDesired({ running: null, desired: null })).toBe(false);
  });
});
