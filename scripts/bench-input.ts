// bench:input — times stack validation (settings → render → YAML → schema → stack rules) on hostile inputs of 30/60/120/240 KB and prints how it grows.
// Linear work doubles per doubling (×8 from 30 to 240 KB); the hostile tester's compose took ×64 (quadratic). Also prints the 1 MB worst case of each shape.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { checkStackOffThread, stopCheckThread } from "../server/stacks/check-thread";
import { checkStack } from "../server/stacks/input";
import { metered } from "../server/stacks/work-meter";
import { SHAPES } from "../test/fixtures/hostile-stacks";

const LIVE = { services: [], networks: [], secrets: [], configs: [], volumes: [] };

const SIZES = [30, 60, 120, 240].map((k) => k * 1024);
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function run(input: { compose: string; settings?: string }): { ms: number; steps: number; problems: number } {
  const body = { name: "bench", compose: input.compose, settings: input.settings ?? "", settingsSet: null, files: {}, prune: false };
  const times: number[] = [];
  let steps = 0;
  let problems = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const m = metered(() => checkStack(body, LIVE));
    times.push(performance.now() - t0);
    steps = m.steps;
    problems = m.result.problems.length;
  }
  return { ms: median(times), steps, problems };
}

// What the event loop feels while that check runs: inline it is blocked throughout; on the check thread it stays free.
async function loopDelayDuring(check: () => Promise<unknown>): Promise<number> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  await check();
  h.disable();
  return h.max / 1e6;
}
async function main(): Promise<void> {
  run(SHAPES[0].make(SIZES[0])); // warm the JIT and compile the compose schema
  console.log(`stack validation, median of ${RUNS} runs (ms) — linear growth is ×8 from 30 to 240 KB\n`);
  console.log(["shape".padEnd(12), ...SIZES.map((s) => `${s / 1024} KB`.padStart(9)), "×240/30".padStart(9), "steps ×".padStart(9), "1 MB".padStart(9)].join(" "));
  let worst = 0;
  for (const shape of SHAPES) {
    const results = SIZES.map((s) => run(shape.make(s)));
    const ratio = results.at(-1)!.ms / results[0].ms;
    const stepRatio = results.at(-1)!.steps / results[0].steps;
    const mb = run(shape.make(1024 * 1024 - 100));
    worst = Math.max(worst, mb.ms);
    console.log(
      [
        shape.name.padEnd(12),
        ...results.map((r) => r.ms.toFixed(1).padStart(9)),
        `×${ratio.toFixed(1)}`.padStart(9),
        (Number.isFinite(stepRatio) ? `×${stepRatio.toFixed(1)}` : "—").padStart(9),
        mb.ms.toFixed(0).padStart(9),
      ].join(" "),
    );
  }
  console.log(`\nslowest 1 MB input: ${worst.toFixed(0)} ms (the compose limit is 1 MB; settings 256 KB)`);

  const heavy = SHAPES.map((s) => ({ s, ms: run(s.make(1024 * 1024 - 100)).ms }))
    .sort((a, b) => b.ms - a.ms)[0]
    .s.make(1024 * 1024 - 100);
  const body = { name: "bench", compose: heavy.compose, settings: heavy.settings ?? "", settingsSet: null, files: {}, prune: false };
  await checkStackOffThread(body, LIVE); // start the thread
  const inline = await loopDelayDuring(async () => {
    await new Promise((r) => setTimeout(r, 20));
    checkStack(body, LIVE);
    await new Promise((r) => setTimeout(r, 20));
  });
  const threaded = await loopDelayDuring(() => checkStackOffThread(body, LIVE));
  console.log(`longest event-loop stall during the slowest 1 MB check: inline ${inline.toFixed(0)} ms, on the check thread ${threaded.toFixed(0)} ms`);
  await stopCheckThread();
}

void main();
