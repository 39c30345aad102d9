// The visualizer: one column per node with its tasks, live. The view reads its filter from the URL, hence the Suspense boundary.
import { Suspense } from "react";
import { CONNECTING_VIEW } from "@/components/visualizer/connection-view";
import { EngineProblem } from "@/components/visualizer/EngineProblem";
import { Visualizer } from "@/components/visualizer/Visualizer";

export default function Home() {
  return (
    <main>
      <Suspense
        fallback={
          <div className="flex h-screen flex-col">
            <EngineProblem view={CONNECTING_VIEW} />
          </div>
        }
      >
        <Visualizer />
      </Suspense>
    </main>
  );
}
