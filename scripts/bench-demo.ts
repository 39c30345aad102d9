// bench:demo — how long demoSwarm() takes to build and settle, and the heap it uses, at the default size and at 1,000 nodes × 30,000 tasks.
import { demoSwarm } from "../server/engine/simulated/demo-layout";

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function measure(label: string, o: { nodes?: number; tasks?: number }): void {
  const before = heap();
  const t0 = performance.now();
  const swarm = demoSwarm({ seed: 1, ...o });
  const built = performance.now() - t0;
  const tasks = swarm.tasks();
  const t1 = performance.now();
  swarm.services();
  const read = performance.now() - t1;
  const t2 = performance.now();
  swarm.advance(60_000);
  const minute = performance.now() - t2;
  const used = heap() - before;
  const live = tasks.filter((t) => t.DesiredState === "running" && t.Status.State === "running").length;
  console.log(
    `${label.padEnd(26)} nodes ${String(swarm.nodes().length).padStart(5)}  tasks ${String(tasks.length).padStart(6)} (${live} running)  ` +
      `build+settle ${built.toFixed(0).padStart(6)} ms  services(status) ${read.toFixed(1)} ms  one logical minute ${minute.toFixed(0)} ms  heap ${mb(used)}${gc ? "" : " (no --expose-gc: rough)"}`,
  );
}

console.log(`\nbench:demo — demoSwarm() on Node ${process.version}\n`);
measure("default (labs layout)", {});
measure("1,000 nodes × 30,000 tasks", { nodes: 1000, tasks: 30000 });
