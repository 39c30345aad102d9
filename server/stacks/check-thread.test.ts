// Unit tests: stack checks run on the check thread — same answers as inline, the event loop free meanwhile, and a bounded queue.
import { afterAll, describe, expect, it } from "vitest";
import { SHAPES } from "../../test/fixtures/hostile-stacks";
import { CheckError, checkStackOffThread, MAX_WAITING_CHECKS, stopCheckThread } from "./check-thread";
import { checkStack, type StackInput } from "./input";

const LIVE = { services: [], networks: [], secrets: [], configs: [], volumes: [] };
const input = (compose: string, extra: Partial<StackInput> = {}): StackInput => ({ name: "t", compose, settings: "", settingsSet: null, files: {}, prune: false, ...extra });
const GOOD = "services:\n  web:\n    image: lab/busybox:1\n    secrets: [pw]\nsecrets:\n  pw:\n    file: ./pw.txt\n";

afterAll(() => stopCheckThread());

// The thread starts on first use and a 1 MB check takes seconds on a busy 2-core machine: generous timeouts, no timing asserted.
describe("checkStackOffThread", { timeout: 120_000 }, () => {
  it("answers what checkStack answers, with uploaded files as Buffers", async () => {
    const body = input(GOOD, { files: { "pw.txt": { data: "s3cret", encoding: "utf8" } } });
    const off = await checkStackOffThread(body, LIVE);
    const inline = checkStack(body, LIVE);
    expect(off.ok).toBe(true);
    expect({ ...off, files: null }).toEqual({ ...inline, files: null });
    expect(Buffer.isBuffer(off.files.get("pw.txt"))).toBe(true);
    expect(off.files.get("pw.txt")!.toString()).toBe("s3cret");
    const bad = await checkStackOffThread(input("services:\n  web: {}\n"), LIVE);
    expect(bad.problems[0].message).toMatch(/needs an image/);
  });

  it("leaves the event loop free while a 1 MB check runs (inline, not one turn of the loop would pass)", async () => {
    const heavy = input(SHAPES.find((s) => s.name === "problems")!.make(1024 * 1024 - 100).compose);
    let done = false;
    const check = checkStackOffThread(heavy, LIVE).then((r) => {
      done = true;
      return r;
    });
    let turns = 0;
    while (!done) {
      await new Promise((r) => setImmediate(r));
      turns++;
    }
    expect((await check).problems.length).toBeGreaterThan(100);
    expect(turns).toBeGreaterThan(50);
  });

  it(`queues at most ${MAX_WAITING_CHECKS} checks behind the running one and refuses more with 503`, async () => {
    const all = Array.from({ length: MAX_WAITING_CHECKS + 3 }, () =>
      checkStackOffThread(input(GOOD), LIVE).then(
        () => "checked",
        (e: CheckError) => e,
      ),
    );
    const outcomes = await Promise.all(all);
    const refused = outcomes.filter((o): o is CheckError => o instanceof CheckError);
    expect(outcomes.filter((o) => o === "checked")).toHaveLength(MAX_WAITING_CHECKS + 1);
    expect(refused).toHaveLength(2);
    expect(refused[0].status).toBe(503);
    expect(refused[0].message).toMatch(/try again/);
  });
});
