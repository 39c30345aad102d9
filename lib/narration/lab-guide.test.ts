// The lab guide's table: which sentences tick which step, and the commands naming the room's own service and a real worker.
import { describe, expect, it } from "vitest";
import type { NarrationItem, NarrationKind } from "./narrate";
import { type LabSwarm, labGuide } from "./lab-guide";

let n = 0;
/** Sentences given oldest first; the narrator's list is newest first. */
function said(...sentences: [NarrationKind, string][]): NarrationItem[] {
  return sentences.map(([kind, subject]) => ({ id: `n${n++}`, kind, subject, text: `${subject} ${kind}`, at: "2026-12-03T10:00:00Z" })).reverse();
}
const done = (items: NarrationItem[], swarm: LabSwarm = { swarm: true, worker: "worker2" }) =>
  labGuide(items, swarm)
    .filter((s) => s.done)
    .map((s) => s.id);

describe("labGuide", () => {
  it("before anything: only init, ticked when there is a swarm; the commands use the lab's own names", () => {
    expect(done([], { swarm: false, worker: null })).toEqual([]);
    expect(done([])).toEqual(["init"]);
    const steps = labGuide([], { swarm: true, worker: null });
    expect(steps.map((s) => s.command)).toEqual([
      "docker swarm init --advertise-addr <manager IP>",
      "docker service create --name sleep-app lab/busybox:1 sleep infinity",
      "docker service update --replicas 7 sleep-app",
      "docker node update --availability drain worker2",
      "docker service update --image lab/busybox:2 sleep-app",
      "docker service rm sleep-app",
    ]);
  });

  it.each<[string, [NarrationKind, string][], string[]]>([
    ["create", [["service-created", "web"]], ["init", "create"]],
    [
      "create, scale",
      [
        ["service-created", "web"],
        ["service-scaled", "web"],
      ],
      ["init", "create", "scale"],
    ],
    [
      "the lab in order",
      [
        ["service-created", "web"],
        ["service-scaled", "web"],
        ["node-drained", "worker1"],
        ["service-updating", "web"],
        ["service-removed", "web"],
      ],
      ["init", "create", "scale", "drain", "update", "rm"],
    ],
    [
      "an update that finished counts",
      [
        ["service-created", "web"],
        ["service-updated", "web"],
      ],
      ["init", "create", "update"],
    ],
    [
      "another service's scale does not count",
      [
        ["service-created", "web"],
        ["service-scaled", "db"],
      ],
      ["init", "create"],
    ],
    [
      "a scale before the create does not count",
      [
        ["service-scaled", "web"],
        ["service-created", "web"],
      ],
      ["init", "create"],
    ],
    ["a drain with no service created yet does not count", [["node-drained", "worker2"]], ["init"]],
  ])("%s", (_, sentences, expected) => {
    expect(done(said(...sentences))).toEqual(expected);
  });

  it("names the room's first created service and this swarm's worker in the commands", () => {
    const steps = labGuide(said(["service-created", "web"], ["service-created", "api"]), { swarm: true, worker: "node-7" });
    expect(steps.find((s) => s.id === "scale")?.command).toBe("docker service update --replicas 7 web");
    expect(steps.find((s) => s.id === "drain")?.command).toBe("docker node update --availability drain node-7");
  });
});
