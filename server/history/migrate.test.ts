// Unit: a schema-1 history file (a JSON row per delta) is migrated in place to chunks and rebuilds the same models; a file from a newer schema is set aside, not read.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyChanges } from "../../lib/apply-changes";
import type { Change, ClusterState, TaskView } from "../../lib/model-types";
import { History } from "./history";
import { HISTORY_FILE, SCHEMA_VERSION } from "./schema";

let dir: string;
const T0 = Date.parse("2026-06-01T10:00:00.000Z");

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "history-migrate-"));
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const V1 = `
CREATE TABLE deltas (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, version INTEGER NOT NULL, changes TEXT NOT NULL);
CREATE INDEX deltas_at ON deltas(at);
CREATE TABLE keyframes (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, start INTEGER NOT NULL, at INTEGER NOT NULL, version INTEGER NOT NULL, state TEXT NOT NULL);
CREATE INDEX keyframes_at ON keyframes(at, id);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE task_states (
  task_id TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, service_id TEXT NOT NULL, service_name TEXT, slot INTEGER,
  state TEXT NOT NULL, desired TEXT NOT NULL, message TEXT, error TEXT, exit_code INTEGER, node_id TEXT, node TEXT);
CREATE INDEX task_states_task ON task_states(task_id, seq);
CREATE INDEX task_states_seq ON task_states(seq);`;

const task = (id: string, v: number): TaskView =>
  ({ id, version: v, serviceId: "s1", serviceName: "web", slot: 1, state: v % 2 ? "running" : "starting", desiredState: "running", nodeId: null }) as unknown as TaskView;

describe("history schema", () => {
  it("migrates a schema-1 file: every delta rebuilds as before, chunks stop at keyframes, numbering gaps are kept", () => {
    const db = new Database(path.join(dir, HISTORY_FILE));
    db.exec(V1);
    let state = { swarm: null, nodes: {}, services: {}, tasks: {}, networks: {}, secrets: {}, configs: {} } as unknown as ClusterState;
    const keyframe = db.prepare("INSERT INTO keyframes (seq, start, at, version, state) VALUES (?, ?, ?, ?, ?)");
    const delta = db.prepare("INSERT INTO deltas (seq, at, version, changes) VALUES (?, ?, ?, ?)");
    keyframe.run(0, 1, T0, 0, JSON.stringify(state));
    const expected = new Map<number, ClusterState>();
    db.exec("BEGIN"); // one commit, not 700
    for (let seq = 1; seq <= 700; seq++) {
      if (seq === 451) continue; // a lost flush's number
      const changes: Change[] = [{ kind: "tasks", op: "upsert", id: `t${seq % 9}`, value: task(`t${seq % 9}`, seq) }];
      if (seq % 50 === 0) changes.push({ kind: "tasks", op: "remove", id: `t${(seq + 1) % 9}` });
      state = applyChanges(state, changes);
      delta.run(seq, T0 + seq * 100, seq, JSON.stringify(changes));
      if (seq === 300) keyframe.run(seq, 0, T0 + seq * 100, seq, JSON.stringify(state));
      expected.set(seq, state);
    }
    const taskState = db.prepare("INSERT INTO task_states VALUES (?, ?, ?, 's1', ?, 3, ?, 'running', ?, ?, ?, 'n1', 'worker1')");
    taskState.run("k1", 10, T0 + 1000, null, "preparing", "preparing", null, null); // the service's name not known yet
    taskState.run("k2", 11, T0 + 1100, "web", "running", "started", null, 0);
    taskState.run("k1", 12, T0 + 1200, "web", "running", "started", null, 0);
    taskState.run("k1", 20, T0 + 2000, "web", "failed", "task: non-zero exit (1)", "exit 1", 1);
    db.exec("COMMIT");
    db.prepare("INSERT INTO meta (key, value) VALUES ('heartbeat', ?)").run(String(T0 + 70_000));
    db.close();

    const history = new History({ dataDir: dir, now: () => T0 + 80_000, flushMs: 1e9 });
    expect(history.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    const tables = (history.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).sort();
    expect(tables).not.toContain("deltas_v1");
    expect(tables).toContain("task_states");
    const checked = [...expected.keys()].filter((seq) => seq % 17 === 0 || [1, 249, 250, 251, 299, 300, 301, 450, 452, 700].includes(seq));
    for (const seq of checked) expect({ seq, state: history.atSeq(seq)?.state }).toEqual({ seq, state: expected.get(seq) });
    const m = history.moment(T0 + 450 * 100 + 50);
    expect(m.kind === "state" && m.rebuilt.state).toEqual(expected.get(450));
    const across = history.db.prepare("SELECT COUNT(*) FROM deltas WHERE (first <= 300 AND seq > 300) OR (first <= 450 AND seq > 450)").pluck().get();
    expect(across).toBe(0);
    expect(history.db.prepare("SELECT SUM(count) FROM deltas").pluck().get()).toBe(699);
    // Task paths: each task once (its last name), its states in order.
    expect(history.task("k1")).toEqual({
      task: { id: "k1", serviceId: "s1", serviceName: "web", slot: 3 },
      states: [
        { at: new Date(T0 + 1000).toISOString(), state: "preparing", desiredState: "running", message: "preparing", error: null, exitCode: null, nodeId: "n1", node: "worker1" },
        { at: new Date(T0 + 1200).toISOString(), state: "running", desiredState: "running", message: "started", error: null, exitCode: 0, nodeId: "n1", node: "worker1" },
        {
          at: new Date(T0 + 2000).toISOString(),
          state: "failed",
          desiredState: "running",
          message: "task: non-zero exit (1)",
          error: "exit 1",
          exitCode: 1,
          nodeId: "n1",
          node: "worker1",
        },
      ],
    });
    expect(history.task("k2")?.states.map((s) => s.state)).toEqual(["running"]);
    expect(tables).not.toContain("task_states_v1");
    // The next run numbers on from the migrated deltas, and its time away is a gap.
    expect(history.timeline({ from: null, to: null, kinds: ["gap"], objects: [], limit: 10, before: null, withParams: false }).entries).toHaveLength(1);
    history.close();
  });

  it("sets a file from a newer schema aside and starts a new one", () => {
    const db = new Database(path.join(dir, HISTORY_FILE));
    db.exec("CREATE TABLE future (x)");
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const history = new History({ dataDir: dir, flushMs: 1e9 });
    expect(history.db.prepare("SELECT name FROM sqlite_master WHERE name = 'future'").get()).toBeUndefined();
    history.close();
    const aside = new Database(path.join(dir, `${HISTORY_FILE}.schema${SCHEMA_VERSION + 1}`), { readonly: true });
    expect(aside.prepare("SELECT name FROM sqlite_master WHERE name = 'future'").pluck().get()).toBe("future");
    aside.close();
  });
});
