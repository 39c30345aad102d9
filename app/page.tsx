// The visualizer: one column per node with its tasks, live. The view reads its filter from the URL, hence the Suspense boundary.
import { Suspense } from "react";
import { EngineProblem } from "@/components/visualizer/EngineProblem";
import { Visualizer } from "@/components/visualizer/Visualizer";

const LOADING = {
  state: "connecting",
  tone: "amber",
  title: "Connecting to Swarmscope…",
  message: null,
  hint: null,
  host: null,
  serverLost: false,
} as const;

export default function Home() {
  return (
    <main>
      <Suspense
        fallback={
          <div className="flex h-screen flex-col">
            <EngineProblem view={LOADING} />
          </div>
        }
      >
        <Visualizer />
      </Suspense>
    </main>
  );
}
