// Unit: stored changes (patches for objects the model holds) applied in place to a parsed copy give what applyChanges gives, change after change.
import { describe, expect, it } from "vitest";
import { applyChanges } from "../../lib/apply-changes";
import type { Change, ClusterState, TaskView } from "../../lib/model-types";
import { task as fixtureTask } from "../../test/fixtures/views";
import { SeededRandom } from "../engine/simulated/random";
import { applyInPlace, storedChanges } from "./stored-changes";

const task = (id: string, i: number): TaskView => fixtureTask({ id, version: i, serviceId: "s1", serviceName: "web" });

const empty = (): ClusterState => ({ swarm: null, nodes: {}, services: {}, tasks: {}, networks: {}, secrets: {}, configs: {} }) as unknown as ClusterState;

describe("stored changes", () => {
  it("a known object's upsert is stored as the fields that changed or went away", () => {
    const before = empty();
    before.tasks.t1 = task("t1", 1);
    const next: Record<string, unknown> = { ...task("t1", 2), state: "failed", ports: [] };
    delete next.message;
    const stored = storedChanges(before, [{ kind: "tasks", op: "upsert", id: "t1", value: next as unknown as TaskView }]);
    expect(stored).toEqual([{ kind: "tasks", op: "patch", id: "t1", set: { version: 2, state: "failed" }, unset: ["message"] }]);
  });

  it("rebuilds what applyChanges builds, over random upserts, removals and repeats within a delta", () => {
    const rnd = new SeededRandom(4);
    let live = empty();
    const copy = JSON.parse(JSON.stringify(live)) as ClusterState;
    for (let step = 0; step < 300; step++) {
      const changes: Change[] = [];
      for (let k = 0; k < 1 + Math.floor(rnd.next() * 4); k++) {
        const id = `t${Math.floor(rnd.next() * 6)}`;
        const was = changes.length && rnd.next() < 0.3 ? changes[changes.length - 1] : null;
        const target = was && "id" in was ? was.id : id;
        if (rnd.next() < 0.2) changes.push({ kind: "tasks", op: "remove", id: target });
        else {
          const t = { ...task(target, step), state: rnd.next() < 0.5 ? "running" : "starting", ports: rnd.next() < 0.5 ? [] : [{ published: step }] } as unknown as Record<
            string,
            unknown
          >;
          if (rnd.next() < 0.3) delete t.message;
          if (rnd.next() < 0.3) t.error = undefined;
          changes.push({ kind: "tasks", op: "upsert", id: target, value: t as unknown as TaskView });
        }
      }
      if (rnd.next() < 0.1) changes.push({ kind: "swarm", op: "upsert", value: null });
      // As the file holds them: JSON.
      const stored = JSON.parse(JSON.stringify(storedChanges(live, changes))) as ReturnType<typeof storedChanges>;
      live = applyChanges(live, changes);
      expect(applyInPlace(copy, stored)).toBe(0);
      expect(copy).toEqual(JSON.parse(JSON.stringify(live)));
    }
  });

  it("a patch for an object the copy lacks is skipped and counted, not a crash", () => {
    const copy = empty();
    expect(applyInPlace(copy, [{ kind: "tasks", op: "patch", id: "gone", set: { state: "failed" } }])).toBe(1);
    expect(copy.tasks).toEqual({});
  });
});
