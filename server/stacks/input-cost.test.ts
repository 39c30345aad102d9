// Unit tests: stack checks do work linear in their input — counted in steps of their own loops (work-meter.ts), never timed.
import { describe, expect, it } from "vitest";
import { SHAPES } from "../../test/fixtures/hostile-stacks";
import { checkStack } from "./input";
import { MAX_PROBLEMS } from "./problem-list";
import { metered } from "./work-meter";

const LIVE = { services: [], networks: [], secrets: [], configs: [], volumes: [] };
const check = (input: { compose: string; settings?: string }) =>
  checkStack({ name: "cost", compose: input.compose, settings: input.settings ?? "", settingsSet: null, files: {}, prune: false }, LIVE);

describe("the work of a stack check grows linearly with its input", () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: doubling the input at most doubles the steps (20 → 40 → 80 KB)`, () => {
      const steps = [20, 40, 80].map((kb) => metered(() => check(shape.make(kb * 1024))).steps);
      expect(steps[0]).toBeGreaterThan(0);
      // Quadratic work would multiply by 4 per doubling; linear by 2, plus what any input costs.
      expect(steps[1] / steps[0]).toBeLessThan(2.3);
      expect(steps[2] / steps[1]).toBeLessThan(2.3);
    });
  }

  it("what each hostile shape is told", () => {
    const told = (name: string) => check(SHAPES.find((s) => s.name === name)!.make(80 * 1024)).problems;
    expect(told("variables")).toEqual([]);
    expect(told("keys")).toEqual([]);
    const problems = told("problems");
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)!.message).toMatch(/^… and \d+ more problems/);
    expect(told("references")[0].message).toMatch(/secret "t0" is not declared/);
    expect(told("aliases")[0].message).toMatch(/more than 1000 anchors and aliases/);
    expect(told("nesting")[0].message).toMatch(/nested too deeply/);
    expect(told("amplifying")).toEqual([expect.objectContaining({ message: expect.stringMatching(/settings make the compose file bigger than 1048576 bytes/) })]);
    expect(told("long value")[0].path).toBe("services.web.ports[0]");
  });

  it("rendering stops at the limit: a 200 KB setting referenced 2000 times stops at the 6th reference (about 1 MB), not at 400 MB", () => {
    const r = check(SHAPES.find((s) => s.name === "amplifying")!.make(60 * 1024));
    expect(r.rendered).toBe("");
    const line = Number(/by line (\d+)/.exec(r.problems[0].message)?.[1]);
    // Line 5 holds the first reference: 1 MB / 200 KB = the 6th one (line 10) passes the limit.
    expect(line).toBe(10);
  });
});
