"use client";
// The topology <svg>: React owns the element, the d3 renderer owns what is inside it (one simulation for the page's life).
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { TopoGraph } from "./topology-graph";
import { TopologyRenderer } from "./topology-renderer";
import "./topology.css";

interface Props {
  graph: TopoGraph;
  /** The model is not being kept up to date: draw it dimmed. */
  stale: boolean;
  /** Called with the hovered or focused graph key (null when none). */
  onFocus(key: string | null): void;
}

export function TopologyGraph({ graph, stale, onFocus }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const renderer = useRef<TopologyRenderer | null>(null);
  const router = useRouter();
  const routerRef = useRef(router);
  const focusRef = useRef(onFocus);
  useEffect(() => {
    routerRef.current = router;
    focusRef.current = onFocus;
  }, [router, onFocus]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    const r = new TopologyRenderer(
      svg,
      { width: box.width || 1280, height: box.height || 600 },
      {
        openNetwork: (id) => routerRef.current.push(`/networks/${encodeURIComponent(id)}`),
        focus: (key) => focusRef.current(key),
      },
    );
    renderer.current = r;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width > 0 && height > 0) r.resize({ width, height });
    });
    observer.observe(svg);
    return () => {
      observer.disconnect();
      r.destroy();
      renderer.current = null;
    };
  }, []);

  useEffect(() => {
    renderer.current?.update(graph);
  }, [graph]);

  return (
    <svg
      ref={svgRef}
      data-testid="topology"
      role="img"
      aria-label="Swarm topology: nodes along the top, overlay networks along the bottom, tasks in between"
      className={`topo-svg h-full w-full ${stale ? "topo-stale" : ""}`}
    />
  );
}
