// /stacks/deploy — paste or upload a compose file (and settings), check and preview it, deploy it with the docker CLI and follow it; ?name= edits a stack.
// Operators and admins only.
import type { Metadata } from "next";
import { Suspense } from "react";
import { NeedsRole } from "@/components/nav/NeedsRole";
import { PageShell } from "@/components/nav/PageShell";
import { StackEditor } from "@/components/stacks/StackEditor";

export const metadata: Metadata = { title: "Deploy a stack · Swarmscope" };

export default function DeployStackPage() {
  return (
    <PageShell title="Deploy a stack" showTitle withoutEngine="checking a compose file and its settings works; the preview against the swarm and the deploy wait for the engine.">
      <NeedsRole control="stacks" what="Deploying a stack">
        <Suspense fallback={null}>
          <StackEditor />
        </Suspense>
      </NeedsRole>
    </PageShell>
  );
}
