// The visualizer: one column per node with its tasks, live.
export default function Home() {
  return <main className="p-4">Swarmscope</main>;
}
