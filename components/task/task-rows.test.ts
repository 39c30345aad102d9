// Pins the task rows to `docker service ps` / `docker node ps`: names, order, ` \_ ` history rows, state words, error and ports.
import { describe, expect, it } from "vitest";
import { byId, node, service, task } from "@/test/fixtures/views";
import { buildTaskRows, cliTaskName, currentStateText, HISTORY_INDENT } from "./task-rows";

const NOW = Date.parse("2024-05-01T12:00:00Z");
const web = service({ id: "s-web", name: "web" });
const ctx = { services: byId(web), nodes: byId(node({ id: "n1", hostname: "worker1" }), node({ id: "n2", hostname: "worker2" })), now: NOW };

describe("buildTaskRows", () => {
  it("sorts by name in natural order and puts older tasks of a slot under the newest, prefixed like the CLI", () => {
    const rows = buildTaskRows(
      [
        task({ id: "t10", serviceId: "s-web", slot: 10, createdAt: "2024-05-01T11:00:00Z" }),
        task({ id: "t2-old", serviceId: "s-web", slot: 2, state: "shutdown", desiredState: "shutdown", createdAt: "2024-05-01T10:00:00Z" }),
        task({ id: "t2-new", serviceId: "s-web", slot: 2, createdAt: "2024-05-01T11:00:00Z" }),
        task({ id: "t2-older", serviceId: "s-web", slot: 2, state: "failed", desiredState: "shutdown", createdAt: "2024-05-01T09:00:00Z" }),
        task({ id: "t1", serviceId: "s-web", slot: 1, createdAt: "2024-05-01T11:00:00Z" }),
      ],
      ctx,
    );
    expect(rows.map((r) => [r.taskId, r.name, r.history])).toEqual([
      ["t1", "web.1", false],
      ["t2-new", "web.2", false],
      ["t2-old", " \\_ web.2", true],
      ["t2-older", " \\_ web.2", true],
      ["t10", "web.10", false],
    ]);
    expect(HISTORY_INDENT).toBe(" \\_ ");
  });

  it("fills the columns with the CLI's words", () => {
    const [row] = buildTaskRows(
      [
        task({
          id: "abcdefghijklmnopqrstuvwxy",
          serviceId: "s-web",
          slot: 3,
          nodeId: "n2",
          image: "lab/busybox:1",
          state: "running",
          desiredState: "running",
          stateSince: "2024-05-01T11:55:00Z",
          ports: [
            { protocol: "tcp", target: 80, published: 8080, mode: "host" },
            { protocol: "udp", target: 53, published: 5353, mode: "host" },
          ],
        }),
      ],
      ctx,
    );
    expect(row).toMatchObject({
      id: "abcdefghijkl",
      name: "web.3",
      image: "lab/busybox:1",
      node: "worker2",
      desiredState: "Running",
      currentState: "Running 5 minutes ago",
      error: "",
      ports: "*:8080->80/tcp,*:5353->53/udp",
    });
  });

  it("quotes the error and cuts it to 30 characters, keeping the whole text apart", () => {
    const long = "no suitable node (scheduling constraints not satisfied on 5 nodes)";
    const [row] = buildTaskRows([task({ id: "p", serviceId: "s-web", nodeId: null, state: "pending", error: long, stateSince: "2024-05-01T11:59:59Z" })], ctx);
    expect(row.error).toBe('"no suitable node (scheduling …"');
    expect(row.errorFull).toBe(long);
    expect(row.node).toBe("");
    expect(row.currentState).toBe("Pending 1 second ago");
  });

  it("names global tasks service.nodeid and falls back to ids for a service or node gone from the model", () => {
    const rows = buildTaskRows([task({ id: "g", serviceId: "s-web", slot: null, nodeId: "n1" }), task({ id: "x", serviceId: "s-gone", slot: 1, nodeId: "n-gone" })], ctx);
    expect(rows.map((r) => [r.name, r.node])).toEqual([
      ["s-gone.1", "n-gone"],
      ["web.n1", "worker1"],
    ]);
  });

  it("lists tasks of several services like docker node ps, each slot grouped", () => {
    const api = service({ id: "s-api", name: "api" });
    const rows = buildTaskRows(
      [
        task({ id: "w1", serviceId: "s-web", slot: 1 }),
        task({ id: "a1-old", serviceId: "s-api", slot: 1, createdAt: "2024-01-01T00:00:00Z" }),
        task({ id: "a1", serviceId: "s-api", slot: 1, createdAt: "2024-02-01T00:00:00Z" }),
      ],
      { ...ctx, services: byId(web, api) },
    );
    expect(rows.map((r) => r.name)).toEqual(["api.1", " \\_ api.1", "web.1"]);
  });
});

describe("cliTaskName / currentStateText", () => {
  it("uses the slot, else the node id", () => {
    expect(cliTaskName(task({ id: "t", serviceId: "s", slot: 4 }), "web")).toBe("web.4");
    expect(cliTaskName(task({ id: "t", serviceId: "s", slot: null, nodeId: "abc" }), "web")).toBe("web.abc");
  });
  it("says the state alone when the engine gave no time", () => {
    expect(currentStateText(task({ id: "t", serviceId: "s", state: "new", stateSince: null }), NOW)).toBe("New");
    expect(currentStateText(task({ id: "t", serviceId: "s", state: "complete", stateSince: "2024-05-01T09:00:00Z" }), NOW)).toBe("Complete 3 hours ago");
  });
});
