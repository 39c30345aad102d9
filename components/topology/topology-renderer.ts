// Draws the topology into an <svg> with d3 and keeps one force simulation alive across model changes (keyed joins, gentle reheats).
import * as d3 from "d3";
import { serviceColor } from "@/components/visualizer/service-colors";
import { countByKind, type GraphChange, homeOf, reconcileGraph, ROW, type SimNode, type Size } from "./topology-diff";
import type { TopoGraph, TopoLink } from "./topology-graph";
import { COLLIDE, fitLabel, NETWORK_BOX, NODE_BOX, networkWidth, TASK_RADIUS } from "./topology-style";

type SimLink = d3.SimulationLinkDatum<SimNode> & TopoLink;
type NodeSel = d3.Selection<SVGGElement, SimNode, SVGGElement, unknown>;

/** How hard the layout is shaken when something joins or leaves: enough to make room, not a re-layout. */
const REHEAT_ALPHA = 0.3;
/** At this zoom and beyond, task dots show their names. */
const ZOOM_LABELS = 1.6;
/** Up to this many tasks, task dots always show their names. */
const FEW_TASKS = 24;

export interface RendererEvents {
  /** A network was clicked (the view opens its detail). */
  openNetwork(id: string): void;
  /** The hovered or keyboard-focused graph key, or null (the view's readout follows it). */
  focus(key: string | null): void;
}

export class TopologyRenderer {
  private readonly sim: d3.Simulation<SimNode, SimLink>;
  private readonly linkForce: d3.ForceLink<SimNode, SimLink>;
  private readonly root: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly linkLayer: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly nodeLayer: d3.Selection<SVGGElement, unknown, null, undefined>;
  private byKey = new Map<string, SimNode>();
  private links: SimLink[] = [];
  private size: Size;
  private focus: string | null = null;

  constructor(
    private readonly svg: SVGSVGElement,
    size: Size,
    private readonly events: RendererEvents,
  ) {
    this.size = size;
    const svgSel = d3.select(svg);
    this.root = svgSel.append("g").attr("class", "topo-root");
    this.linkLayer = this.root.append("g").attr("class", "topo-links");
    this.nodeLayer = this.root.append("g").attr("class", "topo-nodes");
    svgSel.call(
      d3
        .zoom<SVGSVGElement, unknown>()
        .scaleExtent([0.4, 4])
        .on("zoom", (event: d3.D3ZoomEvent<SVGSVGElement, unknown>) => {
          this.root.attr("transform", event.transform.toString());
          // Zoomed in, every task dot says its name.
          svg.classList.toggle("topo-zoomed", event.transform.k >= ZOOM_LABELS);
        }),
    );

    this.linkForce = d3
      .forceLink<SimNode, SimLink>()
      .id((d) => d.key)
      .distance((l) => (l.kind === "runs-on" ? 46 : 180))
      .strength((l) => (l.kind === "runs-on" ? 0.25 : 0.02));
    this.sim = d3
      .forceSimulation<SimNode, SimLink>()
      .force("link", this.linkForce)
      .force(
        "charge",
        d3
          .forceManyBody<SimNode>()
          .strength((d) => (d.kind === "task" ? -18 : -120))
          .distanceMax(160),
      )
      .force(
        "collide",
        d3
          .forceCollide<SimNode>()
          .radius((d) => COLLIDE[d.kind])
          .iterations(2),
      )
      .alphaDecay(0.035)
      .on("tick", () => this.tick());
    this.placeForces();
  }

  /** Applies the next graph: same keys keep their element and position; only arrivals, departures and looks change. */
  update(graph: TopoGraph): GraphChange {
    const change = reconcileGraph(this.byKey, this.links, graph, this.size);
    // With few tasks every dot carries its name; with many, on hover, focus or zoom.
    this.svg.classList.toggle("topo-few", change.nodes.filter((n) => n.kind === "task").length <= FEW_TASKS);
    this.byKey = new Map(change.nodes.map((n) => [n.key, n]));
    this.join(change.nodes);
    if (change.structureChanged) {
      this.links = change.links.map((l) => ({ ...l }));
      this.joinLinks();
      this.sim.nodes(change.nodes);
      this.linkForce.links(this.links);
      this.placeForces();
      const first = change.removed.length === 0 && change.added.length === change.nodes.length;
      this.sim.alpha(first ? 1 : Math.max(this.sim.alpha(), REHEAT_ALPHA)).restart();
    } else {
      this.tick();
    }
    this.applyFocus();
    return change;
  }

  resize(size: Size): void {
    if (size.width === this.size.width && size.height === this.size.height) return;
    this.size = size;
    this.placeForces();
    this.sim.alpha(Math.max(this.sim.alpha(), REHEAT_ALPHA)).restart();
  }

  destroy(): void {
    this.sim.stop();
    d3.select(this.svg).on(".zoom", null).selectAll("*").remove();
  }

  /** Swarm nodes and networks are held to their row and slot; tasks to the middle band, under their node. */
  private placeForces(): void {
    const counts = countByKind([...this.byKey.values()]);
    const home = (d: SimNode) => homeOf(d, counts[d.kind], this.size);
    const taskX = (d: SimNode) => {
      const anchor = d.anchor ? this.byKey.get(d.anchor) : undefined;
      return anchor ? home(anchor).x : this.size.width / 2;
    };
    this.sim
      .force(
        "x",
        d3.forceX<SimNode>((d) => (d.kind === "task" ? taskX(d) : home(d).x)).strength((d) => (d.kind === "task" ? 0.1 : 0.5)),
      )
      .force(
        "y",
        d3.forceY<SimNode>((d) => (d.kind === "task" ? ROW.task * this.size.height : home(d).y)).strength((d) => (d.kind === "task" ? 0.06 : 0.9)),
      );
  }

  private join(nodes: SimNode[]): void {
    const selection = this.nodeLayer
      .selectAll<SVGGElement, SimNode>("g.topo-node")
      .data(nodes, (d) => d.key)
      .join((enter) => this.enter(enter));
    this.restyle(selection);
    selection.order();
  }

  private enter(enter: d3.Selection<d3.EnterElement, SimNode, SVGGElement, unknown>): NodeSel {
    const g = enter
      .append("g")
      .attr("class", (d) => `topo-node topo-kind-${d.kind}`)
      .attr("data-testid", "topo-node")
      .attr("data-kind", (d) => d.kind)
      .attr("data-id", (d) => d.id)
      .attr("tabindex", 0)
      .attr("transform", (d) => `translate(${d.x ?? 0},${d.y ?? 0})`);
    g.append("title");
    g.filter((d) => d.kind === "node")
      .append("rect")
      .attr("x", -NODE_BOX.width / 2)
      .attr("y", -NODE_BOX.height / 2)
      .attr("width", NODE_BOX.width)
      .attr("height", NODE_BOX.height)
      .attr("rx", 7);
    g.filter((d) => d.kind === "network")
      .append("rect")
      .attr("rx", NETWORK_BOX.height / 2)
      .attr("height", NETWORK_BOX.height)
      .attr("y", -NETWORK_BOX.height / 2);
    g.filter((d) => d.kind === "task")
      .append("circle")
      .attr("r", TASK_RADIUS);
    g.append("text").attr("class", "topo-label").attr("text-anchor", "middle");
    g.filter((d) => d.kind === "node")
      .append("text")
      .attr("class", "topo-sublabel")
      .attr("text-anchor", "middle")
      .attr("y", 12);
    g.on("mouseenter focus", (_e, d) => this.setFocus(d.key))
      .on("mouseleave blur", () => this.setFocus(null))
      .on("click keydown", (event: Event, d) => {
        if (event instanceof KeyboardEvent && event.key !== "Enter") return;
        if (d.kind === "network") this.events.openNetwork(d.id);
      });
    g.call(
      d3
        .drag<SVGGElement, SimNode>()
        .on("start", (event: d3.D3DragEvent<SVGGElement, SimNode, SimNode>, d) => {
          if (!event.active) this.sim.alphaTarget(0.15).restart();
          d.fx = d.x;
          d.fy = d.y;
        })
        .on("drag", (event: d3.D3DragEvent<SVGGElement, SimNode, SimNode>, d) => {
          d.fx = event.x;
          d.fy = event.y;
        })
        .on("end", (event: d3.D3DragEvent<SVGGElement, SimNode, SimNode>, d) => {
          if (!event.active) this.sim.alphaTarget(0);
          d.fx = null;
          d.fy = null;
        }),
    );
    return g;
  }

  /** Everything that can change without the element being replaced: text, colours, state. */
  private restyle(sel: NodeSel): void {
    sel.attr("data-service-name", (d) => d.serviceName).attr("data-state", (d) => d.state);
    sel.select("title").text((d) => d.title);
    const nodes = sel.filter((d) => d.kind === "node");
    nodes.classed("topo-manager", (d) => d.manager).classed("topo-down", (d) => d.down);
    nodes
      .select(".topo-label")
      .attr("y", -1)
      .text((d) => fitLabel(d.label, 15));
    nodes.select(".topo-sublabel").text((d) => `${d.manager ? "manager" : "worker"}${d.down ? " · down" : ""}`);
    const nets = sel.filter((d) => d.kind === "network");
    nets.classed("topo-ingress", (d) => d.ingress);
    nets
      .select(".topo-label")
      .attr("y", 4)
      .text((d) => fitLabel(d.label, 24));
    nets.select("rect").each(function (d) {
      const w = networkWidth(fitLabel(d.label, 24));
      d3.select(this)
        .attr("x", -w / 2)
        .attr("width", w);
    });
    const tasks = sel.filter((d) => d.kind === "task");
    tasks.classed("topo-not-running", (d) => d.state !== "running");
    tasks.select("circle").attr("fill", (d) => serviceColor(d.serviceName ?? "").stripe);
    tasks
      .select(".topo-label")
      .attr("y", -TASK_RADIUS - 4)
      .text((d) => d.label);
  }

  private joinLinks(): void {
    this.linkLayer
      .selectAll<SVGLineElement, SimLink>("line")
      .data(this.links, (d) => d.key)
      .join("line")
      .attr("class", (d) => `topo-link topo-${d.kind}`);
  }

  private tick(): void {
    this.nodeLayer.selectAll<SVGGElement, SimNode>("g.topo-node").attr("transform", (d) => `translate(${d.x ?? 0},${d.y ?? 0})`);
    const end = (v: SimNode | string | number) => (typeof v === "object" ? v : this.byKey.get(String(v)));
    this.linkLayer
      .selectAll<SVGLineElement, SimLink>("line")
      .attr("x1", (d) => end(d.source)?.x ?? 0)
      .attr("y1", (d) => end(d.source)?.y ?? 0)
      .attr("x2", (d) => end(d.target)?.x ?? 0)
      .attr("y2", (d) => end(d.target)?.y ?? 0);
  }

  private setFocus(key: string | null): void {
    this.focus = key;
    this.applyFocus();
    this.events.focus(key);
  }

  /** While something is hovered or focused: its tasks (or itself, for a task), their nodes and networks, and their edges stand out. */
  private applyFocus(): void {
    const key = this.focus && this.byKey.has(this.focus) ? this.focus : null;
    const keyOf = (v: SimNode | string | number) => (typeof v === "object" ? v.key : String(v));
    const tasks = new Set<string>();
    if (key && this.byKey.get(key)?.kind === "task") tasks.add(key);
    else if (key) for (const l of this.links) if (keyOf(l.target) === key) tasks.add(keyOf(l.source));
    const near = new Set<string>(key ? [key, ...tasks] : []);
    for (const l of this.links) if (tasks.has(keyOf(l.source))) near.add(keyOf(l.target));
    d3.select(this.svg).classed("topo-focused", key !== null);
    this.nodeLayer
      .selectAll<SVGGElement, SimNode>("g.topo-node")
      .classed("topo-near", (d) => near.has(d.key))
      .classed("topo-self", (d) => d.key === key);
    this.linkLayer.selectAll<SVGLineElement, SimLink>("line").classed("topo-near", (d) => tasks.has(keyOf(d.source)));
  }
}
