// Unit tests for the entry point's plan: root drops to the image user with the sockets' groups; a non-root user runs as is, told what it cannot reach.
import { describe, expect, it } from "vitest";
import { entryPlan } from "./entry-plan";

describe("entryPlan", () => {
  it("drops root to the image user, adding each socket's group once and skipping sockets that do not exist", () => {
    const plan = entryPlan(0, "node", [
      { path: "/var/run/docker.sock", gid: 998, usable: true },
      { path: "/run/m2.sock", gid: 998, usable: true },
      { path: "/run/m3.sock", gid: 0, usable: true },
      { path: "/nowhere.sock", gid: null, usable: false },
    ]);
    expect(plan).toEqual({ kind: "drop", user: "node", groups: ["node", 998, 0] });
  });
  it("drops root even with no unix socket (tcp engines): only the user's own group", () => {
    expect(entryPlan(0, "app", [])).toEqual({ kind: "drop", user: "app", groups: ["app"] });
  });
  it("runs a non-root user as is, warning about each existing socket it cannot use and naming the group to add", () => {
    const plan = entryPlan(1000, "node", [
      { path: "/var/run/docker.sock", gid: 998, usable: false },
      { path: "/run/ok.sock", gid: 111, usable: true },
      { path: "/nowhere.sock", gid: null, usable: false },
    ]);
    expect(plan.kind).toBe("run");
    expect(plan.kind === "run" && plan.warnings).toEqual([expect.stringMatching(/\/var\/run\/docker\.sock \(group 998\) .* uid 1000: .*--group-add 998.*--group 998/)]);
  });
});
