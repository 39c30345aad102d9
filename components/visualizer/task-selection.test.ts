// Unit tests: which tasks the board shows, their order, and their column.
import { describe, expect, it } from "vitest";
import { TASK_STATES } from "@/lib/engine-types";
import { isTerminal } from "@/lib/task-states";
import { byId, manager, node, service, task } from "@/test/fixtures/views";
import { buildBoard, isShown, selectTasks } from "./task-selection";
import { NO_FILTER } from "./view-filter";

const web = service({ id: "s-web", name: "web", stack: "shop" });
const api = service({ id: "s-api", name: "api" });
const agent = service({ id: "s-agent", name: "agent", mode: "global", replicas: null });
const services = byId(web, api, agent);

describe("isShown", () => {
  it("shows exactly the non-terminal states by default, and everything with history", () => {
    for (const state of TASK_STATES) {
      const t = task({ id: state, serviceId: "s-web", state });
      expect(isShown(t, false)).toBe(!isTerminal(state));
      expect(isShown(t, true)).toBe(true);
    }
    expect(TASK_STATES.filter((s) => isShown(task({ id: s, serviceId: "x", state: s }), false))).toEqual([
      "new",
      "pending",
      "assigned",
      "accepted",
      "preparing",
      "ready",
      "starting",
      "running",
    ]);
  });
});

describe("selectTasks", () => {
  const tasks = byId(
    task({ id: "w2", serviceId: "s-web", slot: 2 }),
    task({ id: "w1-old", serviceId: "s-web", slot: 1, state: "shutdown", desiredState: "shutdown", createdAt: "2024-01-01T00:00:00Z" }),
    task({ id: "w1", serviceId: "s-web", slot: 1, createdAt: "2024-01-02T00:00:00Z" }),
    task({ id: "w10", serviceId: "s-web", slot: 10 }),
    task({ id: "a1", serviceId: "s-api", slot: 1, state: "failed", desiredState: "shutdown" }),
    task({ id: "g-n2", serviceId: "s-agent", slot: null, nodeId: "n2" }),
    task({ id: "g-n1", serviceId: "s-agent", slot: null, nodeId: "n1" }),
  );

  it("orders by service name, slot (numeric), then newest first", () => {
    expect(selectTasks({ tasks, services }, { ...NO_FILTER, history: true }).map((t) => t.id)).toEqual(["g-n1", "g-n2", "a1", "w1", "w1-old", "w2", "w10"]);
  });

  it("puts a stack's services' tasks together, before a service outside it whose name sorts between them", () => {
    const stacked = byId(service({ id: "s-b", name: "b_web", stack: "b" }), service({ id: "s-x", name: "b_tool" }), service({ id: "s-a", name: "b_api", stack: "b" }));
    const inColumn = byId(task({ id: "web", serviceId: "s-b" }), task({ id: "tool", serviceId: "s-x" }), task({ id: "api", serviceId: "s-a" }));
    expect(selectTasks({ tasks: inColumn, services: stacked }, NO_FILTER).map((t) => t.id)).toEqual(["tool", "api", "web"]);
  });

  it("leaves out stopped tasks unless history is on", () => {
    expect(selectTasks({ tasks, services }, NO_FILTER).map((t) => t.id)).toEqual(["g-n1", "g-n2", "w1", "w2", "w10"]);
  });

  it("applies the service filter", () => {
    expect(selectTasks({ tasks, services }, { ...NO_FILTER, service: "agent" }).map((t) => t.id)).toEqual(["g-n1", "g-n2"]);
    expect(selectTasks({ tasks, services }, { ...NO_FILTER, q: "sho" }).map((t) => t.id)).toEqual(["w1", "w2", "w10"]);
  });

  it("keeps tasks of a service the model does not know (yet), last", () => {
    const orphan = task({ id: "o", serviceId: "s-gone" });
    expect(
      selectTasks({ tasks: byId(orphan, ...Object.values(tasks)), services }, NO_FILTER)
        .map((t) => t.id)
        .at(-1),
    ).toBe("o");
  });
});

describe("buildBoard", () => {
  const nodes = byId(node({ id: "n2", hostname: "worker" }), manager("n1", true, { hostname: "boss" }), node({ id: "n3", hostname: "empty" }));
  const tasks = byId(
    task({ id: "t1", serviceId: "s-web", slot: 1, nodeId: "n1" }),
    task({ id: "t2", serviceId: "s-web", slot: 2, nodeId: "n2" }),
    task({ id: "t3", serviceId: "s-web", slot: 3, nodeId: null, state: "pending", error: "no suitable node" }),
    task({ id: "t4", serviceId: "s-api", slot: 1, nodeId: "gone-node" }),
    task({ id: "t5", serviceId: "s-api", slot: 2, nodeId: "n2", state: "shutdown" }),
  );

  it("makes a column per node in column order, empty ones included", () => {
    const board = buildBoard({ nodes, tasks, services }, NO_FILTER);
    expect(board.columns.map((c) => [c.node.id, c.tasks.map((t) => t.id)])).toEqual([
      ["n1", ["t1"]],
      ["n3", []],
      ["n2", ["t2"]],
    ]);
  });

  it("puts tasks with no node or an unknown node in Unassigned", () => {
    const board = buildBoard({ nodes, tasks, services }, NO_FILTER);
    expect(board.unassigned.map((t) => t.id)).toEqual(["t4", "t3"]);
    expect([...board.taskIds].sort()).toEqual(["t1", "t2", "t3", "t4"]);
  });

  it("leaves held-back tasks off the board", () => {
    const board = buildBoard({ nodes, tasks, services }, NO_FILTER, new Set(["t3"]));
    expect(board.unassigned.map((t) => t.id)).toEqual(["t4"]);
    expect(board.taskIds.has("t3")).toBe(false);
  });

  it("shows stopped tasks in their node's column with history on", () => {
    const board = buildBoard({ nodes, tasks, services }, { ...NO_FILTER, history: true });
    expect(board.columns[2].tasks.map((t) => t.id)).toEqual(["t5", "t2"]);
  });
});
