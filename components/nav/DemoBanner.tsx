"use client";
// The label every page carries while the engine is Swarmscope's simulated demo swarm: what it is, the docker CLI line for it, and how to watch a real swarm.
import { type ReactNode, useEffect } from "react";
import type { EngineLink } from "@/lib/model-types";
import { useClusterStore } from "@/components/store/cluster-store";

const TITLE_MARK = "Demo swarm (simulated) · ";

/** Marks the page title too, so a tab or a projector's window list says it. */
export function useDemoTitle(simulated: boolean): void {
  useEffect(() => {
    if (!simulated) return;
    const mark = () => {
      if (!document.title.startsWith(TITLE_MARK)) document.title = TITLE_MARK + document.title;
    };
    mark();
    const observer = new MutationObserver(mark);
    const head = document.querySelector("head");
    if (head) observer.observe(head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      if (document.title.startsWith(TITLE_MARK)) document.title = document.title.slice(TITLE_MARK.length);
    };
  }, [simulated]);
}

export function DemoBanner({ engine }: { engine: EngineLink | null }) {
  const simulated = engine?.simulated === true;
  useDemoTitle(simulated);
  if (!simulated) return null;
  return (
    <aside data-testid="demo-banner" role="note" className="mx-3 mb-2 rounded-lg border border-fuchsia-400/60 bg-fuchsia-950/60 px-3 py-1.5 text-xs leading-snug text-fuchsia-50">
      <strong className="font-semibold">Simulated demo swarm — not a real cluster.</strong> Swarmscope runs its own demo engine: nodes, services and tasks are made up and change by
      themselves. The docker CLI works against it: <code className="rounded bg-zinc-950/40 px-1 font-mono">export DOCKER_HOST={engine.host}</code>. To watch a real swarm, start
      Swarmscope with <code className="rounded bg-zinc-950/40 px-1 font-mono">DOCKER_HOST</code> set to a manager (or on a manager, where{" "}
      <code className="rounded bg-zinc-950/40 px-1 font-mono">/var/run/docker.sock</code> exists).
    </aside>
  );
}

/** On a page that needs what the demo does not have (containers, exec): says so in words, only while the engine is the demo. */
export function DemoLimit({ children }: { children: ReactNode }) {
  const { model } = useClusterStore();
  if (model?.cluster.engine.simulated !== true) return null;
  return (
    <p data-testid="demo-limit" role="note" className="rounded-lg border border-fuchsia-400/60 bg-fuchsia-950/40 px-3 py-2 text-xs text-fuchsia-50">
      {children}
    </p>
  );
}
